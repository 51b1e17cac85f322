"""E-mail delivery over SMTP (STARTTLS, implicit TLS or plain; optional AUTH): text + HTML parts.

`smtplib` runs in a worker thread. SMTP failures are classed like HTTP ones: authentication refused
`auth` (no retry, channel broken), 4xx replies and lost connections retried (`server`, `network`,
`timeout`), 5xx replies `client` (no retry), TLS failures `tls` (no retry).
"""

from __future__ import annotations

import html
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import make_msgid

from services.cep.http_delivery import DeliveryResult

MAX_SNIPPET = 500


def build_message(
    *, sender: str, recipients: list[str], title: str, text: str, idempotency_key: str
) -> EmailMessage:
    """A multipart/alternative message: the text, and the same text as simple HTML."""
    message = EmailMessage()
    message["Subject"] = " ".join(title.split())[:250]
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Message-ID"] = make_msgid(domain="spa-ai.local")
    message["X-SPA-Idempotency-Key"] = idempotency_key
    message.set_content(text)
    body = html.escape(text).replace("\n", "<br>\n")
    message.add_alternative(
        f'<html><body><h3>{html.escape(title)}</h3><p style="font-family:sans-serif">{body}</p></body></html>',
        subtype="html",
    )
    return message


def _smtp_error(exc: smtplib.SMTPResponseException) -> DeliveryResult:
    detail = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc)
    snippet = f"SMTP {exc.smtp_code}: {detail}"[:MAX_SNIPPET]
    return DeliveryResult(False, "server" if 400 <= exc.smtp_code < 500 else "client", snippet)


def send_mail(
    *,
    host: str,
    port: int,
    security: str,
    username: str | None,
    password: str | None,
    message: EmailMessage,
    timeout: float,
) -> DeliveryResult:
    """Send `message` (blocking); the result classes the failure instead of raising."""
    context = ssl.create_default_context()
    try:
        if security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
        else:
            client = smtplib.SMTP(host, port, timeout=timeout)
        with client:
            if security == "starttls":
                client.starttls(context=context)
            if username:
                client.login(username, password or "")
            refused = client.send_message(message)
    except smtplib.SMTPAuthenticationError as exc:
        return DeliveryResult(False, "auth", f"SMTP {exc.smtp_code}: authentication refused")
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _ in exc.recipients.values()]
        retry = all(400 <= code < 500 for code in codes)
        return DeliveryResult(False, "server" if retry else "client", f"recipients refused: {codes}")
    except smtplib.SMTPNotSupportedError as exc:
        return DeliveryResult(False, "client", f"server does not support it: {exc}"[:MAX_SNIPPET])
    except smtplib.SMTPResponseException as exc:
        return _smtp_error(exc)
    except ssl.SSLError as exc:
        return DeliveryResult(False, "tls", f"TLS failed: {exc}"[:MAX_SNIPPET])
    except TimeoutError:
        return DeliveryResult(False, "timeout", f"no answer within {timeout:g} s")
    except (smtplib.SMTPException, OSError) as exc:
        return DeliveryResult(False, "network", f"{type(exc).__name__}: {exc}"[:MAX_SNIPPET])
    if refused:
        return DeliveryResult(True, None, f"accepted except {sorted(refused)}"[:MAX_SNIPPET])
    return DeliveryResult(True, None, f"SMTP accepted for {len(message['To'].split(','))} recipient(s)")
