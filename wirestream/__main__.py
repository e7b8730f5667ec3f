# ``python -m wirestream``: the one place the kernel package reaches the composition root, which owns the
# stages (tests/unit/test_architecture.py allows this file only). An entry script, not a module anyone imports.
from wirestream.services.registry import main

if __name__ == "__main__":  # a stage's work process imports this module again (multiprocessing); it must not run
    main()
