"""Checklist templates: the shipped ones are valid, broken ones are explained."""

import tomllib

import pytest

from qpp_reviewer.domain import Outcome, Product, SpecialPolicy
from qpp_reviewer.paths import checklists_dir
from qpp_reviewer.templates import TemplateError, load_template_file, parse_template, shipped_templates


def test_shipped_templates_have_the_depth_a_quality_team_uses():
    templates = {t.product: t for t in shipped_templates() if t.product is not Product.ASSURANCE}
    assert set(templates) == {Product.INTERVIEW, Product.DECISION}
    for t in templates.values():
        assert 15 <= len(t.criteria) <= 30
        assert len({c.section_id for c in t.criteria}) >= 6
        assert {c.special_policy for c in t.criteria} >= set(SpecialPolicy)
        for c in t.criteria:
            assert c.question.endswith("?")
            assert all(w in c.guidance for w in ("Minor:", "Significant:", "Fail:")), c.id
    decision = templates[Product.DECISION]
    assert len(decision.criteria_for(Outcome.WITHDRAWAL)) < len(decision.criteria_for(Outcome.REFUSAL))


def minimal(**over):
    data = {
        "template": {"id": "t", "version": 1, "product": "decision", "title": "T"},
        "section": [{"id": "1", "title": "S", "criterion": [
            {"id": "1.1", "title": "A", "question": "Q?", "guidance": "G"},
        ]}],
    }
    data["template"].update(over)
    return data


def test_minimal_template_parses():
    t = parse_template(minimal())
    assert t.key == "t v1" and t.criteria[0].label == "1.1 A"


def test_every_problem_is_listed_at_once():
    data = minimal(version=0, product="podcast")
    data["section"][0]["criterion"].append({"id": "1.1", "title": "x" * 61, "question": "",
                                             "special_policy": "weather", "applies_to": ["appeal"]})
    with pytest.raises(TemplateError) as err:
        parse_template(data, "bad.toml")
    text = str(err.value)
    for expected in ("'version' must be", "podcast", "duplicate id", "longer than 60",
                     "'question' is missing", "weather", "appeal"):
        assert expected in text


def test_unreadable_and_malformed_files(tmp_path):
    with pytest.raises(TemplateError, match="cannot read"):
        load_template_file(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[template\nid=")
    with pytest.raises(TemplateError, match="not valid TOML"):
        load_template_file(bad)


def test_shipped_files_are_plain_toml():
    for path in checklists_dir().glob("*.toml"):
        tomllib.loads(path.read_text(encoding="utf-8"))


def test_assurance_checklist_is_shipped():
    (assurance,) = [t for t in shipped_templates() if t.product is Product.ASSURANCE]
    assert assurance.id == "qpp-assurance" and len(assurance.criteria) >= 5
