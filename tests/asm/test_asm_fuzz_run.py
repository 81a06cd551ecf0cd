"""The seeded assembler fuzzer (pagelab.asm.fuzz) over mutated programs: every case gives
bytes or clean AsmErrors, within a per-case time bound.

The run is bounded (a fixed seed, a few thousand small cases); `run_asm_fuzz(seed, seconds=...)`
is the longer mode for nightly runs.  The harness itself is tested too: an exception, an
internal error and a hang must each be reported and saved as a reproducer.
"""
from __future__ import annotations

import time

import pytest

from pagelab.asm import AsmError, AsmErrors
from pagelab.asm import fuzz

from asm_corpus import branch_program, pseudo_program

CASES = 2000


def test_fuzzed_programs_give_bytes_or_clean_errors(tmp_path):
    import random
    rng = random.Random(7)
    corpus = fuzz.default_corpus() + [pseudo_program(rng, copies=1),
                                      branch_program(rng, nblocks=8)]
    assert len(fuzz.corpus_files()) >= 5          # programs/*.s of this checkout are used
    failures = fuzz.run_asm_fuzz(seed=2026, cases=CASES, save_dir=tmp_path, corpus=corpus,
                                 case_timeout=10.0)
    assert not failures, "\n\n".join(str(f) for f in failures[:5])


def test_cases_are_reproducible():
    assert fuzz.fuzz_case(5, 17) == fuzz.fuzz_case(5, 17)
    assert fuzz.fuzz_case(5, 17) != fuzz.fuzz_case(5, 18)


def test_the_harness_reports_exceptions_internal_errors_and_hangs(tmp_path, monkeypatch):
    def fake_assemble(sources):
        text = open(sources[0]).read() if isinstance(sources[0], str) else sources[0][1]
        if "boom" in text:
            raise KeyError("boom")
        if "internal" in text:
            raise AsmErrors([AsmError("internal error: ValueError: x")])
        if "hang" in text:
            while True:
                pass
        return b"\x7fELF"
    monkeypatch.setattr(fuzz, "assemble", fake_assemble)
    corpus = ["boom", "internal", "hang", "fine"]
    monkeypatch.setattr(fuzz, "mutate", lambda rng, text, self_name="case.s": text)
    t0 = time.monotonic()
    failures = fuzz.run_asm_fuzz(seed=1, cases=12, save_dir=tmp_path, corpus=corpus,
                                 case_timeout=0.2)
    assert time.monotonic() - t0 < 10
    kinds = {f.text: f.kind for f in failures}
    assert kinds == {"boom": "exception", "internal": "internal error", "hang": "timeout"}
    for f in failures:
        assert f.saved and open(f.saved).read() == f.text
        assert (tmp_path / f"asm-1-{f.index}.txt").read_text().startswith(f.kind)
    assert "KeyError: 'boom'" in next(f.message for f in failures if f.kind == "exception")


@pytest.mark.parametrize("text", ['.ascii "\ud800"', "l\ud800: nop", '.include "\ud800"'])
def test_lone_surrogates_in_text_are_taken_as_bytes(text):
    # found by the fuzzer: a str holding a lone surrogate (no file can) raised
    # UnicodeEncodeError; it is now read as the bytes a file would give
    assert fuzz.check_case(text, "/tmp", from_file=False) is None
