import sys
sys.path.insert(0, "/tmp")
def test_eval(session):
    import docs_eval
    docs_eval.run(session, verbose=True)
