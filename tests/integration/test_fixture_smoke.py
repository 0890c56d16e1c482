from tests.conftest import TestDB


def test_each_test_gets_its_own_empty_database(db: TestDB) -> None:
    assert db.query("SELECT current_database()")[0][0] == db.dbname
    assert db.tables() == set()
