"""TLBConfig: defaults and the --tlb option syntax, with clear errors for bad strings."""
import pytest

from pagelab.mmu.tlb import ARRAY_NAMES, TLBArray, TLBConfig, TLBConfigError


def test_defaults_resemble_a_real_core_with_split_itlb_and_dtlb():
    c = TLBConfig.default()
    assert c.arrays["dtlb4k"] == TLBArray(64, 4, "lru")
    assert c.arrays["dtlb2m"] == TLBArray(32, 4, "lru")
    assert c.arrays["dtlb1g"] == TLBArray(8, 8, "lru")           # fully associative
    assert c.arrays["dtlb512g"] == TLBArray(4, 4, "lru")
    assert c.arrays["itlb4k"] == TLBArray(32, 4, "lru")
    assert set(c.arrays) == set(ARRAY_NAMES) and len(ARRAY_NAMES) == 10
    c.check()


def test_parse_sets_entries_ways_and_policy_per_array():
    c = TLBConfig.parse("dtlb4k=128x8:fifo,itlb4k=16x4,dtlb2m=32x4:random,seed=42")
    assert c.arrays["dtlb4k"] == TLBArray(128, 8, "fifo")
    assert c.arrays["itlb4k"] == TLBArray(16, 4, "lru")
    assert c.arrays["dtlb2m"] == TLBArray(32, 4, "random")
    assert c.arrays["dtlb1g"] == TLBConfig.default().arrays["dtlb1g"]   # untouched
    assert c.seed == 42


def test_omitted_ways_or_full_means_fully_associative_and_off_removes_an_array():
    c = TLBConfig.parse("dtlb1g=16,itlb2m=8xfull,dtlb512g=off,itlb1g=0")
    assert c.arrays["dtlb1g"] == TLBArray(16, 16, "lru")
    assert c.arrays["itlb2m"] == TLBArray(8, 8, "lru")
    assert c.arrays["dtlb512g"].entries == 0 and c.arrays["itlb1g"].entries == 0


def test_tlb_prefix_sets_both_tlbs_and_policy_sets_every_array():
    c = TLBConfig.parse("tlb4k=16x2, policy=FIFO")
    assert c.arrays["itlb4k"] == c.arrays["dtlb4k"] == TLBArray(16, 2, "fifo")
    assert all(a.replacement == "fifo" for a in c.arrays.values())


@pytest.mark.parametrize("option,message", [
    ("", "empty"),
    ("dtlb4k", "NAME=VALUE"),
    ("dtlb4k=", "NAME=VALUE"),
    ("dtlb4k=64x4,,seed=1", "empty item"),
    ("l2tlb=64", "unknown setting 'l2tlb'"),
    ("dtlb4k=64x3", "do not divide"),
    ("dtlb4k=48x4", "not a power of two"),
    ("dtlb4k=4x8", "out of range"),
    ("dtlb4k=abc", "not a number"),
    ("dtlb4k=64x4:mru", "unknown policy 'mru'"),
    ("policy=clock", "unknown policy 'clock'"),
    ("seed=-1", "negative"),
    ("seed=x", "not a number"),
    ("dtlb4k=1000000", "out of range"),
])
def test_bad_option_strings_raise_a_clear_error_naming_the_setting(option, message):
    with pytest.raises(TLBConfigError, match=message):
        TLBConfig.parse(option)


def test_parse_refuses_a_non_string():
    with pytest.raises(TLBConfigError, match="string"):
        TLBConfig.parse(64)


def test_describe_lists_every_array():
    text = TLBConfig.parse("dtlb2m=off").describe()
    assert "dtlb4k    64 entries 4-way lru" in text
    assert "dtlb2m    off" in text and "dtlb1g    8 entries fully associative lru" in text
