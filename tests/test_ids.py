"""New row ids: valid UUIDs, unique, in creation order."""

import time
import uuid

from qpp_reviewer.storage.ids import new_id, new_ids


def test_ids_are_version_7_uuids_in_canonical_form():
    for i in new_ids(500):
        u = uuid.UUID(i)
        assert str(u) == i and u.version == 7 and u.variant == uuid.RFC_4122


def test_ids_are_unique_and_sorted():
    ids = new_ids(20_000)
    assert len(set(ids)) == len(ids) and ids == sorted(ids)


def test_later_ids_sort_after_earlier_ones():
    first = new_id()
    time.sleep(0.002)
    assert new_id() > first
