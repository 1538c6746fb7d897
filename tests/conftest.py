import pytest

from bundled import AKORDA


@pytest.fixture(scope="session")
def akorda():
    from readout.readers import iter_inputs

    return next(iter_inputs([str(AKORDA)]))
