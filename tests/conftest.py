import sys
from pathlib import Path

# Let tests import their shared modules (golden.py) whatever the working directory.
sys.path.insert(0, str(Path(__file__).resolve().parent))
