"""The actor knowledge base: mentions in parsed news sentences, user files, build, gazetteer, show."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.actors import KnowledgeBase
from communique.actors.build import build, compile_sources, data_dir
from communique.actors.phoenix import parse, phoenix_records
from communique.errors import KnowledgeBaseError


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def mentions(kb: KnowledgeBase, nlp, text: str, date: str) -> list[tuple[str, str, str | None, str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    out = []
    for m in kb.find_mentions(doc, date):
        assert doc.text[m.start:m.end] == m.text
        out.append((m.text, m.actor.code, m.actor.name if m.actor.kind == "person" else None, m.how))
    return out


def test_title_forms_are_one_mention(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("U.S. President Joe Biden met Japanese Prime Minister Fumio Kishida and South Korean "
            "President Yoon Suk Yeol at Camp David on Friday, while NATO Secretary General Jens "
            "Stoltenberg spoke to Chinese President Xi Jinping by phone.")
    got = mentions(kb, nlp, text, "2023-08-18")
    assert ("U.S. President Joe Biden", "USA", "Joe Biden", "title") in got
    assert ("Japanese Prime Minister Fumio Kishida", "JPN", "Fumio Kishida", "title") in got
    assert ("South Korean President Yoon Suk Yeol", "KOR", "Yoon Suk Yeol", "title") in got
    assert ("NATO Secretary General Jens Stoltenberg", "NATO", "Jens Stoltenberg", "title") in got
    assert ("Chinese President Xi Jinping", "CHN", "Xi Jinping", "title") in got
    assert len(got) == 5


def test_surnames_and_honorifics_resolve_at_the_date(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Mr Biden and Mr Suga agreed to deepen ties. Biden said the alliance was strong, "
            "and Suga nodded. President Xi was not invited.")
    got = mentions(kb, nlp, text, "2021-04-16")
    names = [(t, n) for t, _, n, _ in got]
    assert names == [("Mr Biden", "Joe Biden"), ("Mr Suga", "Yoshihide Suga"), ("Biden", "Joe Biden"),
                     ("Suga", "Yoshihide Suga"), ("President Xi", "Xi Jinping")]


def test_role_descriptions(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Japan's prime minister will meet the U.S. secretary of state, while the Russian "
            "Foreign Minister warned South Korea's president and the North Korean leader.")
    got = mentions(kb, nlp, text, "2022-06-01")
    assert [(t, n, h) for t, _, n, h in got] == [
        ("Japan's prime minister", "Fumio Kishida", "role"),
        ("U.S. secretary of state", "Antony Blinken", "role"),
        ("Russian Foreign Minister", "Sergei Lavrov", "role"),
        ("South Korea's president", "Yoon Suk Yeol", "role"),
        ("North Korean leader", "Kim Jong Un", "role"),
    ]


def test_states_adjectives_metonyms(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Kremlin rejected the statement, and Pyongyang fired a missile as Seoul and Tokyo "
            "protested; the North Koreans said American and Japanese drills were to blame. "
            "The White House said the US and S. Korea would respond.")
    got = mentions(kb, nlp, text, "2022-10-04")
    assert [(t, c, h) for t, c, _, h in got] == [
        ("Kremlin", "RUS", "metonym"), ("Pyongyang", "PRK", "metonym"), ("Seoul", "KOR", "metonym"),
        ("Tokyo", "JPN", "metonym"), ("North Koreans", "PRK", "adjective"), ("American", "USA", "adjective"),
        ("Japanese", "JPN", "adjective"), ("White House", "USA", "metonym"), ("US", "USA", "acronym"),
        ("S. Korea", "KOR", "alias"),
    ]


def test_organisations_and_acronym_case(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Leaders of the G-7 and the Quad met before the APEC summit; the WHO and the IAEA "
            "were briefed, and the U.N. Security Council met. Who knows what the EU will do?")
    got = mentions(kb, nlp, text, "2023-05-20")
    assert [c for _, c, _, _ in got] == ["G7", "QUAD", "APEC", "WHO", "IAEA", "UN", "EU"]


def test_ambiguous_words_are_not_actors(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Korean women gathered near the Korean Peninsula to watch the moon. "
            "In May, a turkey farmer in Atlanta, Georgia, said who would come with us.")
    assert mentions(kb, nlp, text, "2019-05-20") == []


def test_moon_needs_korean_context(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    korean = "South Korea's leader met Kim Jong Un at Panmunjom. Moon said peace was near."
    got = mentions(kb, nlp, korean, "2018-04-27")
    assert ("Moon", "KOR", "Moon Jae-in", "alias") in got
    other = "Astronauts flew around the Moon and back."
    assert mentions(kb, nlp, other, "2018-04-27") == []


def test_administration_metonym_and_possessive(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Biden administration's review of Kishida's policy pleased the Trump administration."
    got = mentions(kb, nlp, text, "2021-04-16")
    assert [(t, c, h) for t, c, _, h in got] == [
        ("Biden administration", "USA", "metonym"), ("Kishida", "JPN", "alias"),
        ("Trump administration", "USA", "metonym"),
    ]


def test_unknown_official_keeps_title_country(kb) -> None:  # type: ignore[no-untyped-def]
    actor = kb.resolve("Philippine Foreign Secretary Juan Dela Cruz", "2024-01-01")
    assert actor is not None and (actor.code, actor.name, actor.role, actor.id) == (
        "PHL", "Juan Dela Cruz", "foreign minister", None)


def test_seed_article_mentions(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    seed = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "003_e062dcfc5882688f.txt"
    if not seed.is_file():
        pytest.skip("seed articles not available")
    got = mentions(kb, nlp, seed.read_text(encoding="utf-8"), "2024-11-14")
    texts = {t for t, _, _, _ in got}
    assert {"U.S. President Joe Biden", "Chinese President Xi Jinping", "Asia-Pacific Economic Cooperation forum",
            "national security adviser Jake Sullivan"} <= texts
    assert all(c != "UNK" for _, c, _, _ in got)


def test_resolve_without_date_gives_present_holder(kb) -> None:  # type: ignore[no-untyped-def]
    actor = kb.resolve("Japan's prime minister")
    assert actor is not None and actor.name == "Sanae Takaichi" and actor.valid_to is None


def test_partial_and_bad_dates(kb) -> None:  # type: ignore[no-untyped-def]
    assert kb.resolve("the U.S. president", "2021").name == "Joe Biden"
    assert kb.resolve("the U.S. president", "2017-03").name == "Donald Trump"
    with pytest.raises(KnowledgeBaseError):
        kb.resolve("Biden", "16/04/2021")


def test_actor_fields(kb) -> None:  # type: ignore[no-untyped-def]
    a = kb.resolve("Prime Minister Suga", "2021-04-16")
    assert a.to_exchange() == {"code": "JPN", "name": "Yoshihide Suga", "kind": "person",
                               "role": "head of government"}
    assert (a.country, a.valid_from, a.valid_to, a.id) == ("JPN", "2020-09-16", "2021-10-04", "person/yoshihide_suga")


@pytest.mark.parametrize("text,expected", [
    ("Lima", ("Lima", "PER")), ("Annapolis, Maryland", ("Annapolis", "USA")), ("Camp David", ("Camp David", "USA")),
    ("Geneva", ("Geneva", "CHE")), ("Jagang", ("Jagang", "PRK")), ("Spain", ("Spain", "ESP")),
    ("Tokyo", ("Tokyo", "JPN")), ("Hiroshima", ("Hiroshima", "JPN")), ("Woodside, California", ("Woodside", "USA")),
    ("Nowhere-on-Sea", None),
])
def test_place(kb, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert kb.place(text) == expected


def test_show(kb) -> None:  # type: ignore[no-untyped-def]
    items = kb.show("JPN")
    assert items[0]["name"] == "Japan"
    holders = {(o["role"], o["name"]) for o in items[0]["offices"]}
    assert ("head of government", "Shigeru Ishiba") in holders
    person = kb.show("person/fumio_kishida")[0]
    assert {r["role"] for r in person["roles"]} == {"foreign minister", "head of government"}
    assert kb.show("Kishida")[0]["id"] == "person/fumio_kishida"
    assert kb.show("no such actor anywhere") == []


def test_a_group_of_states_named_by_a_label_stands_as_its_members(kb) -> None:  # type: ignore[no-untyped-def]
    assert [a.code for a in kb.members("P5+1")] == ["USA", "GBR", "FRA", "CHN", "RUS", "DEU"]
    assert kb.members("G7") == [] and kb.members("USA") == []  # a body is no list of members
    kerry = kb.resolve("John Kerry", "2015-07-14")
    iran, p5 = kb.actor("IRN"), kb.resolve("six world powers", "2015-07-14")
    assert p5 is not None and p5.code == "P5+1"
    got = kb.as_members([iran, kerry, p5])
    assert [a.code for a in got] == ["IRN", "USA", "GBR", "FRA", "CHN", "RUS", "DEU"] and got[1] is kerry


def test_a_user_group_lists_its_members(tmp_path: Path) -> None:
    y = tmp_path / "groups.yaml"
    y.write_text("actors:\n  - {name: Quint, kind: group, code: QUINT, aliases: [the Quint],"
                 " members: [usa, gbr, fra, deu, ita]}\n", encoding="utf-8")
    kb = KnowledgeBase.load(extra=(y,))
    assert [a.code for a in kb.members("QUINT")] == ["USA", "GBR", "FRA", "DEU", "ITA"]


# -- user files -----------------------------------------------------------------------------

def test_user_yaml_and_csv(tmp_path: Path) -> None:
    y = tmp_path / "mine.yaml"
    y.write_text(
        "source: test\nactors:\n"
        "  - name: Jane Quillfeather\n    country: GBR\n    aliases: [J. Quillfeather]\n"
        "    roles: [[foreign minister, 2030-01-15, null]]\n"
        "  - name: Pacific Islands Forum\n    kind: organization\n    code: PIF\n    acronyms: [PIF]\n",
        encoding="utf-8")
    c = tmp_path / "mine.csv"
    c.write_text("name,kind,code,country,aliases,role,from,to,scope\n"
                 "Arno Vellacott,person,,NZL,,head of government,2031-02-01,,\n", encoding="utf-8")
    kb = KnowledgeBase.load(extra=(y, c))
    assert kb.resolve("Britain's foreign secretary", "2030-06-01").name == "Jane Quillfeather"
    assert kb.resolve("Ms Quillfeather", "2030-06-01").code == "GBR"
    assert kb.resolve("PIF", "2030-06-01").code == "PIF"
    assert kb.resolve("New Zealand's prime minister", "2031-03-01").name == "Arno Vellacott"
    # the packaged base is untouched by a user load
    assert KnowledgeBase.default().resolve("Quillfeather", "2030-06-01") is None


def test_user_file_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - name: X Y\n    roles: [[president, 16/04/2021]]\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="YYYY-MM-DD"):
        KnowledgeBase.load(extra=(bad,))
    with pytest.raises(KnowledgeBaseError, match="no such file"):
        KnowledgeBase.load(extra=(tmp_path / "missing.yaml",))
    with pytest.raises(KnowledgeBaseError, match="unknown actor file type"):
        (tmp_path / "x.json").write_text("{}", encoding="utf-8")
        KnowledgeBase.load(extra=(tmp_path / "x.json",))


def test_phoenix_import(tmp_path: Path) -> None:
    f = tmp_path / "old.actors"
    f.write_text(
        "# a Phoenix-format file\n"
        "BARNABY_QUENTWORTH_  # CountryInfo.txt\n+PRESIDENT_BARNABY_QUENTWORTH\n"
        "\t[FJIGOV 100101-150101]\n\t[FJIELI]\n"
        "OCEANIA_RELIEF_AGENCY_ [IGOUNO]\n",
        encoding="utf-8")
    entries = parse(f)
    assert entries[0].codes[0] == ("FJIGOV", "2010-01-01", "2015-01-01")
    recs = phoenix_records(f)
    assert recs[0]["name"] == "Barnaby Quentworth" and recs[0]["roles"][0][3] == "FJI"
    kb = KnowledgeBase.load(extra=(f,))
    a = kb.resolve("Barnaby Quentworth", "2012-01-01")
    assert (a.code, a.kind, a.role) == ("FJI", "person", "government")
    assert kb.resolve("Oceania Relief Agency").code == "UN"


def test_packaged_phoenix_people_are_full_name_only(kb) -> None:  # type: ignore[no-untyped-def]
    a = kb.resolve("Ralph Recto", "2009-01-01")
    assert a is not None and a.code == "PHL" and a.id.startswith("phoenix/")
    assert kb.resolve("Recto", "2009-01-01") is None


# -- build ---------------------------------------------------------------------------------

def test_build_into_temp_dir_and_load(tmp_path: Path) -> None:
    out = build(tmp_path / "compiled.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["version"] == 1 and len(data["entities"]) > 10000
    kb = KnowledgeBase.load(path=out)
    assert kb.resolve("Prime Minister Suga", "2021-04-16").name == "Yoshihide Suga"


def test_packaged_compiled_form_is_current() -> None:
    packaged = json.loads((data_dir() / "actors.json").read_text(encoding="utf-8"))
    fresh = json.loads(json.dumps(compile_sources()))
    assert packaged == fresh, "rebuild with `python -m communique.actors.build`"


def test_sources_state_their_origin() -> None:
    folder = data_dir()
    for path in [*folder.glob("*.yaml"), *(folder / "people").glob("*.yaml")]:
        assert path.read_text(encoding="utf-8").startswith("source:"), path
    for path in folder.glob("*.csv"):
        assert "source" in path.read_text(encoding="utf-8").splitlines()[0], path


def test_derive_from_phoenix_then_build(tmp_path: Path) -> None:
    import shutil

    from communique.actors.build import derive_phoenix

    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    phoenix = tmp_path / "phoenix"
    phoenix.mkdir()
    (phoenix / "Phoenix.Countries.actors.txt").write_text(
        "FIJI_  [FJI]\n+FIJIAN_\n+NADI_\n+LABASA_\n\n"
        "BARNABY_QUENTWORTH_  # CountryInfo.txt\n\t[FJIGOV 100101-150101]\n"
        "FOREIGN_MINISTER_SOMEONE_\n\t[FJIGOV 100101-150101]\n", encoding="utf-8")
    counts = derive_phoenix(phoenix, folder)
    assert counts == {"people": 1, "orgs": 0, "places": 2}
    out = build(tmp_path / "kb.json", folder=folder)
    kb = KnowledgeBase.load(path=out)
    assert kb.resolve("Barnaby Quentworth", "2012-01-01").code == "FJI"
    assert kb.place("Labasa") == ("Labasa", "FJI")


def test_a_name_after_anti_is_no_actor(kb):
    """ "anti-American protesters", "the anti-ISIS coalition": what a group is against is not who acts."""
    found = {m.actor.code for m in kb.mentions_in_text("Iraqi police dispersed anti-American protesters "
                                                      "as the anti-ISIS coalition met in Rome.")}
    assert found == {"IRQ", "ITA"}, found


@pytest.mark.parametrize("text, date, code", [
    # Saudi Arabia's King Abdullah died on 2015-01-23; Jordan's King Abdullah II reigns on
    ("King Abdullah spoke to reporters on Monday.", "2018-03-22", "JOR"),
    ("King Abdullah spoke to reporters on Monday.", "2012-03-22", "SAU"),
    # while both reigned, the article's state tells them apart
    ("Obama flew to Jordan on Friday. He met King Abdullah in Amman.", "2013-03-22", "JOR"),
    ("Saudis are mourning the passing of King Abdullah, who died early Friday.", "2015-01-23", "SAU"),
])
def test_a_monarch_without_his_numeral_is_who_reigns(kb, nlp, text, date, code) -> None:  # type: ignore[no-untyped-def]
    got = [c for t, c, _, _ in mentions(kb, nlp, text, date) if t == "King Abdullah"]
    assert got == [code]


@pytest.mark.parametrize("text, date, want", [
    # an office the base's bearer of the family name never held: a namesake of that state
    ("Hu, the foreign ministry spokesman, criticized Japan on Monday.", "2018-03-22", ("Hu", "CHN", "Hu")),
    ("Hu, the Chinese foreign ministry spokesman, criticized Japan on Monday.", "2018-03-22", ("Hu", "CHN", "Hu")),
    # an office they held, now or before: that person
    ("Lavrov, the foreign minister, criticized Japan on Monday.", "2018-03-22",
     ("Lavrov", "RUS", "Sergei Lavrov")),
    ("Obama, the former president, criticized Japan on Monday.", "2018-03-22", ("Obama", "USA", "Barack Obama")),
])
def test_an_appositive_office_tells_a_namesake(kb, nlp, text, date, want) -> None:  # type: ignore[no-untyped-def]
    first = text.split(",")[0]
    assert [(t, c, n) for t, c, n, _ in mentions(kb, nlp, text, date) if t == first] == [want]


@pytest.mark.parametrize("text, date, family", [
    # a first name the base does not know before a family name it does: another of that family,
    # at the start of a sentence too, where a parse tags the first name a proper noun
    ("Eric Trump has denied those remarks.", "2018-06-17", "Trump"),
    ("Jeb Bush praised the U.S. Special Forces on Sunday.", "2015-05-17", "Bush"),
    ("Michelle Obama visited China on Monday.", "2014-03-24", "Obama"),
    # a full name with a generation after it is the son's or the father's
    ("Donald Trump Jr. met a Russian lawyer in New York in June.", "2017-07-11", "Trump"),
    # a bare family name with a generation after it: the son, named apart from the father
    ("WikiLeaks sent another private message to Trump Jr. on Tuesday.", "2017-11-14", "Trump"),
    ("Trump Jr. released the messages on Twitter.", "2017-11-14", "Trump"),
])
def test_another_of_a_family_is_not_its_known_bearer(kb, nlp, text, date, family) -> None:  # type: ignore[no-untyped-def]
    assert [m for m in mentions(kb, nlp, text, date) if family in m[0]] == []


@pytest.mark.parametrize("text, date, want", [
    # a day or a conjunction opening a sentence is no first name
    ("Tuesday Trump accused Iran of lying.", "2018-06-17", ("Trump", "USA", "Donald Trump")),
    ("Though Trump affirmed Jerusalem as the capital of Israel, he didn't call it the undivided capital.",
     "2017-12-07", ("Trump", "USA", "Donald Trump")),
    ("Trump accused Iran of lying on Monday.", "2018-06-17", ("Trump", "USA", "Donald Trump")),
    ("Donald Trump met a Russian lawyer in New York in June.", "2017-07-11",
     ("Donald Trump", "USA", "Donald Trump")),
])
def test_a_known_bearer_of_a_family_name_stays(kb, nlp, text, date, want) -> None:  # type: ignore[no-untyped-def]
    assert [m[:3] for m in mentions(kb, nlp, text, date) if "Trump" in m[0]] == [want]


def test_an_officials_own_generation_keeps_him(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    # a full name with a middle initial and "Jr." is the official's own ("Trump Jr." is another's)
    text = "Director of National Intelligence James R. Clapper Jr. warned Russia on Friday."
    assert [m[2] for m in mentions(kb, nlp, text, "2016-10-07") if "Clapper" in m[0]] == ["James Clapper"]


@pytest.mark.parametrize("text, date", [
    # a body's alias at the end of another body's name joined by "and" is that body's
    ("The African Union's Peace and Security Council suspended Egypt on Friday.", "2013-07-05"),
    ("Ukraine's National Defense and Security Council said Russian forces crossed the border.", "2014-08-28"),
])
def test_an_alias_ending_a_name_with_and_is_another_body(kb, nlp, text, date) -> None:  # type: ignore[no-untyped-def]
    assert "UN" not in [c for _, c, _, _ in mentions(kb, nlp, text, date)]


def test_a_full_name_after_and_is_a_second_body(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officials of the U.S. Federal Reserve and International Monetary Fund warned on Thursday."
    assert "IMF" in [c for _, c, _, _ in mentions(kb, nlp, text, "2018-10-04")]
