"""The family name of a person's full name, as news uses it alone later ("Kishida said", "Xi said").

English news writes most names given name first ("Fumio Kishida" -> Kishida) but Chinese, Korean
and Vietnamese names in their own order, family name first ("Xi Jinping" -> Xi, "Kim Jong Un" ->
Kim, "Moon Jae-in" -> Moon, "Nguyen Xuan Phuc" -> Nguyen). A name is read family first when

* its first word is one of the common family names below (``FAMILY_FIRST``), or the person acts for
  a state whose names come family first (``FAMILY_FIRST_STATES``, from the actor's country) and the
  first word is one romanised syllable ("Joseph Wu" and "William Lai" of Taiwan keep the last word);
* and the rest is a romanised given name: one or two words of one syllable each ("Jong Un", "Suk
  Yeol", "Phu Trong"), one hyphenated word of two syllables ("Jae-in", "Ying-jeou"), or one word of
  at most two pinyin syllables ("Jinping", "Keqiang"). "Lee Harvey Oswald", "Kim Darroch" and "Lee
  Rigby" do not fit and keep their last word.

Japanese names in English news come given name first ("Shinzo Abe"), so Japan is not listed.
"""

from __future__ import annotations

import re
from typing import Sequence

#: common family names of China (pinyin and Wade-Giles spellings), Korea and Vietnam; not "He", "Le"
#: or "Do", which begin English phrases the tagger may read as a name ("He Said", "Le Pen")
FAMILY_FIRST = frozenset("""
    Bai Cai Cao Chen Cheng Chiang Chou Deng Ding Dong Du Fan Fang Feng Fu Gao Gong Guo Han Hou Hsu Hu Hua
    Huang Ji Jia Jiang Jin Kong Lai Lei Li Liang Liao Lin Liu Lu Luo Ma Mao Meng Pan Peng Qian Qin Ren Shen
    Shi Song Su Sun Tang Tian Tsai Wan Wang Wei Wen Wu Xi Xia Xiao Xie Xu Xue Yan Yang Yao Ye Yin Yu Yuan
    Zeng Zhang Zhao Zheng Zhou Zhu
    Ahn Bae Baek Ban Cha Chang Cho Choe Choi Chun Chung Ha Heo Hong Hwang Im Jang Jeon Jeong Jo Jung Kang
    Huh Kim Ko Kwak Kwon Lee Lim Min Moon Nam Noh Oh Pak Park Paik Ri Rhee Roh Ryu Seo Shin Sohn Son Suh Sung
    Woo Yi Yoo Yoon Yu Yun
    Bui Dang Duong Hoang Huynh Ngo Nguyen Pham Phan Tran Trinh Truong Vo Vu
""".split())
#: states whose persons' names news writes family name first (the actor's country code)
FAMILY_FIRST_STATES = frozenset({"CHN", "PRK", "KOR", "TWN", "VNM"})

_INITIAL = r"(?:ch|sh|zh|ts|tz|hs|hw|wh|kk|tt|pp|ss|jj|ph|th|tr|kh|ng|nh|[bcdfghjklmnpqrstvwxyz])?[wy]?"
#: one romanised syllable, Korean, Wade-Giles or Vietnamese included ("Jong", "Yeol", "Chih", "Phuc")
_SYLLABLE = _INITIAL + r"[aeiouy]{1,3}(?:ng|nh|ch|n|m|l|k|p|t|r|c|h)?"
#: one pinyin syllable: its only final consonants are n and ng ("jin", "ping", "qiang")
_PINYIN = r"(?:ch|sh|zh|[bcdfghjklmnpqrstwxyz])?[aeiou]{1,3}(?:ng|n)?"
_ONE = re.compile(_SYLLABLE)
_HYPHENED = re.compile(f"{_SYLLABLE}-{_SYLLABLE}")
_PINYIN_WORD = re.compile(f"(?:{_PINYIN}){{1,2}}")


def _given_name(words: Sequence[str]) -> bool:
    """Whether ``words`` are a romanised Chinese, Korean or Vietnamese given name (see the module)."""
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return False
    low = [w.lower() for w in words]
    if len(low) == 2:
        return all(_ONE.fullmatch(w) for w in low)
    return any(p.fullmatch(low[0]) for p in (_ONE, _HYPHENED, _PINYIN_WORD))


def family_first(name: str, country: str | None = None) -> bool:
    """Whether the full ``name`` puts the family name first (see the module); ``country``: the ISO
    code of the state the person acts for, when known."""
    words = name.split()
    if len(words) < 2 or not _given_name(words[1:]):
        return False
    first = words[0]
    if country is not None and country not in FAMILY_FIRST_STATES:
        return False  # "Jung Pak" of the US: the state says how the name is written
    return first in FAMILY_FIRST or (country in FAMILY_FIRST_STATES and bool(_ONE.fullmatch(first.lower())))


def family_name(words: Sequence[str], country: str | None = None) -> str:
    """The family name among the ``words`` of a full name (whitespace words or tokens, where a
    hyphen is a token of its own: "Moon", "Jae", "-", "in"): the first word where the name puts
    it first, else the last."""
    name = " ".join(words).replace(" - ", "-")
    return words[0] if family_first(name, country) else words[-1]


__all__ = ["FAMILY_FIRST", "FAMILY_FIRST_STATES", "family_first", "family_name"]
