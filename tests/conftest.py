from pathlib import Path

import pytest

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"


@pytest.fixture(scope="session")
def akorda():
    from readout.readers import iter_inputs

    path = DEV / "akorda-2025-10-21-kz-az-briefing.txt"
    if not path.exists():
        pytest.skip(f"{path} is not here")
    return next(iter_inputs([str(path)]))
