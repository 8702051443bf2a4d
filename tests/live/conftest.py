import pytest

from .laptop import Laptop


@pytest.fixture
def laptop():
    laptop = Laptop()
    yield laptop
    laptop.server.stop()
