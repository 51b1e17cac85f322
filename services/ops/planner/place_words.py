"""Place words of places.py, as data: cities in their spellings, the nouns that name a kind of place, and
the words that stand before a place noun without naming one. Add spellings here; places.py reads them."""

from __future__ import annotations

import re

# romanised city → its spellings (Korean, English, common codes: airport/AWS region codes)
CITIES: dict[str, tuple[str, ...]] = {
    "seoul": ("서울", "seoul", "sel", "ap-northeast-2"),
    "busan": ("부산", "busan", "pusan", "pus"),
    "daejeon": ("대전", "daejeon", "taejon", "dje"),
    "daegu": ("대구", "daegu", "taegu", "tae"),
    "gwangju": ("광주", "gwangju", "kwangju", "kwj"),
    "incheon": ("인천", "incheon", "icn"),
    "gimpo": ("김포", "gimpo", "gmp"),
    "cheongju": ("청주", "cheongju", "cjj"),
    "yeosu": ("여수", "yeosu", "rsu"),
    "ulsan": ("울산", "ulsan"),
    "suwon": ("수원", "suwon"),
    "sejong": ("세종", "sejong"),
    "jeju": ("제주", "jeju", "cju"),
    "changwon": ("창원", "changwon"),
    "pangyo": ("판교", "pangyo"),
    "bundang": ("분당", "bundang"),
    "seongnam": ("성남", "seongnam"),
    "ilsan": ("일산", "ilsan"),
    "gasan": ("가산", "gasan"),
    "mokdong": ("목동", "mokdong"),
    "yongin": ("용인", "yongin"),
    "chuncheon": ("춘천", "chuncheon"),
    "tokyo": ("도쿄", "동경", "tokyo", "ap-northeast-1"),
    "osaka": ("오사카", "osaka", "ap-northeast-3"),
    "singapore": ("싱가포르", "싱가폴", "singapore", "ap-southeast-1"),
    "sydney": ("시드니", "sydney", "ap-southeast-2"),
    "mumbai": ("뭄바이", "mumbai", "ap-south-1"),
    "hongkong": ("홍콩", "hongkong", "hong kong", "hkg", "ap-east-1"),
    "beijing": ("베이징", "북경", "beijing"),
    "shanghai": ("상하이", "상해", "shanghai"),
    "frankfurt": ("프랑크푸르트", "frankfurt", "fra", "eu-central-1"),
    "london": ("런던", "london", "eu-west-2"),
    "paris": ("파리", "paris", "eu-west-3"),
    "ireland": ("아일랜드", "ireland", "dublin", "eu-west-1"),
    "virginia": ("버지니아", "virginia", "us-east-1"),
    "ohio": ("오하이오", "ohio", "us-east-2"),
    "oregon": ("오레곤", "오리건", "oregon", "us-west-2"),
    "california": ("캘리포니아", "california", "us-west-1"),
    "newyork": ("뉴욕", "new york", "newyork", "nyc"),
    "sao-paulo": ("상파울루", "sao paulo", "sa-east-1"),
    "main": ("본원", "본사", "본점", "hq", "headquarters", "head office"),  # the main site, not a city
    "aws": ("aws", "에이더블유에스", "아마존 클라우드"),  # a cloud, where its region is the location
    "azure": ("azure", "애저", "에저"),
    "gcp": ("gcp", "구글 클라우드", "google cloud"),
}
# parts of location values a place word names besides its own spellings ("본원" → `SeoulMain`); "main" is
# no spelling of its own: "main DB" in a question names no place
EXTRA_PARTS: dict[str, tuple[str, ...]] = {"main": ("main", "head", "headoffice", "hq")}
# nouns that name the disaster-recovery site by its role ("DR센터에 있는 것", "the DR site"), and the
# words of location values that mark one (`대전DR센터`, `gwangju-dr`, `광주백업센터`)
DR_SITE_NOUNS = (
    *("dr센터", "dr 센터", "dr site", "dr 사이트", "dr사이트", "재해복구센터", "재해복구 센터"),
    *("백업센터", "백업 센터", "백업사이트", "backup site", "backup center", "backup centre", "dr center"),
    *("dr centre", "disaster recovery site", "disaster recovery center", "disaster recovery centre"),
)
DR_SITE_MARKS = re.compile(r"(?<![a-z])drc?(?![a-z])|drc?$|재해복구|백업|backup", re.I)
# place nouns, by the kind of place they name
DATACENTER_NOUNS = (
    "데이터센터",
    "데이터 센터",
    "전산센터",
    "센터",
    "사이트",
    *DR_SITE_NOUNS,
    "idc",
    "dc",
    "data center",
    "data centre",
    "datacenter",
    "datacentre",
    "site",
    "campus",
    "캠퍼스",
    "캠",  # "연수캠"
    "공장",  # "평택 공장": a plant is a site
    "물류센터",
    "물류창고",
    "distribution center",
    "사옥",
    "지사",
    "plant",
    "factory",
    *("농장", "farm", "office", "사무실", "사무소"),  # "the Nonsan farm", "the 역삼 본사 office"
)
REGION_NOUNS = ("리전", "지역", "가용영역", "존", "region", "zone", "az", "availability zone")
NOT_PLACES = frozenset(  # words that stand before a place noun without naming a place
    {
        *("어느", "어떤", "각", "모든", "전체", "우리", "해당", "같은", "다른", "무슨", "몇", "그", "이"),
        *("any", "same", "other", "which", "what", "each", "every", "all", "our", "the", "this", "that"),
        *("that", "a", "an", "one", "its", "their", "primary", "main", "whole", "in", "at", "of", "per"),
        *("many", "by", "and", "or", "to", "from", "on", "for", "with", "call", "help", "service"),
        *("another", "different", "multiple", "several", "both", "single", "local", "remote", "cloud"),
        *("그중", "그중에", "이중", "그중에서", "저기", "거기", "여기"),
    }
)
KO_ENDINGS = tuple("는은을를의에가이한된인서로도와과")  # "있는 데이터센터": a verb or particle, no place
