"""The generated descriptions of the curated file format: the JSON Schemas editors use and the
guide's field reference stay exactly what the specs generate, and they agree with the specs."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from pydantic import BaseModel, ValidationError

from conftest import REPOSITORY, run
from coopdb.curation import CurationError, fastyaml, reference, spec, validate_folder

SEEDS = REPOSITORY / "seeds"
STALE = f"is stale: regenerate it with `{reference.REGENERATE}` (from the repository)"


def _as_editor_reads(value: Any) -> Any:
    """A parsed document as the YAML language server sees it: YAML 1.2 has no dates, so an
    unquoted 2017-12-05 is text."""
    if isinstance(value, dict):
        return {key: _as_editor_reads(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_editor_reads(item) for item in value]
    return value.isoformat() if isinstance(value, date) else value


def _document(path: Path) -> Any:
    return _as_editor_reads(fastyaml.load(path.read_text(encoding="utf-8")))


def _validator(kind: str) -> jsonschema.Draft202012Validator:
    schema = reference.json_schemas()[reference.schema_file_name(kind)]
    return jsonschema.Draft202012Validator(schema)


def _errors(kind: str, document: Any) -> list[str]:
    """Every error's message, those under an ``anyOf`` (a list item or null) included."""
    found: list[str] = []
    pending = list(_validator(kind).iter_errors(document))
    while pending:
        error = pending.pop()
        found.append(error.message)
        pending += error.context or []
    return found


def _curated_files() -> list[Path]:
    return sorted(SEEDS.glob("*.yaml"))


def test_committed_schemas_are_what_the_specs_generate() -> None:
    generated = reference.json_schemas()
    assert sorted(generated) == [
        "article.schema.json",
        "enterprises.schema.json",
        "officials.schema.json",
        "regions.schema.json",
    ]
    committed = sorted(path.name for path in (SEEDS / "schema").iterdir())
    assert committed == sorted(generated), f"seeds/schema/ {STALE}"
    for name, schema in generated.items():
        text = (SEEDS / "schema" / name).read_text(encoding="utf-8")
        assert text == reference.schema_text(schema), f"seeds/schema/{name} {STALE}"
        assert text.endswith("}\n")


def test_guide_field_reference_is_what_the_specs_generate() -> None:
    guide = (SEEDS / "README.md").read_text(encoding="utf-8")
    expected = reference.with_field_reference(guide, reference.field_reference_markdown(SEEDS))
    assert guide == expected, f"the field reference in seeds/README.md {STALE}"


def test_field_reference_lists_every_field_of_every_spec() -> None:
    text = reference.field_reference_markdown(SEEDS)
    for name, model in reference.spec_models().items():
        if name in ("Spec", "Quoted"):
            continue  # bases: their fields are listed under each model that has them
        for field_name in model.model_fields:
            assert f"| `{field_name}` |" in text, (name, field_name)
    for field_name in spec.field_names():
        assert f"`{field_name}`" in text, field_name


def test_every_curated_file_names_its_schema_on_its_first_line() -> None:
    files = _curated_files()
    assert len(files) >= 8
    for path in files:
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        assert first == reference.editor_line(reference.kind_of(path.name)), path.name
        assert (path.parent / first.split("$schema=", 1)[1]).is_file(), path.name


def test_schemas_are_valid_json_schemas_that_forbid_unknown_fields() -> None:
    for name, schema in reference.json_schemas().items():
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["$schema"] == reference.SCHEMA_DIALECT
        mappings = [schema, *schema.get("$defs", {}).values()]
        for mapping in mappings:
            if mapping.get("type") == "object":
                assert mapping.get("additionalProperties") is False, (name, mapping["title"])


def test_every_curated_seed_file_validates_against_its_schema() -> None:
    for path in _curated_files():
        errors = _errors(reference.kind_of(path.name), _document(path))
        assert errors == [], (path.name, errors[:3])


def test_schema_refuses_an_unknown_field_as_the_specs_do() -> None:
    document = _document(SEEDS / "regions.yaml")
    document["regions"][0]["colour"] = "red"
    assert any("'colour' was unexpected" in error for error in _errors("regions", document))
    with pytest.raises(ValidationError, match="colour"):
        spec.RegionsFile.model_validate(document)
    article = _document(_curated_files()[0])
    article["headline"] = "x"
    assert any("'headline' was unexpected" in error for error in _errors("article", article))


def test_schema_refuses_a_value_outside_a_vocabulary_as_the_specs_do() -> None:
    document = _document(SEEDS / "regions.yaml")
    document["regions"][0]["kind"] = "planet"
    assert any("'planet' is not one of" in error for error in _errors("regions", document))
    with pytest.raises(ValidationError, match="kind"):
        spec.RegionsFile.model_validate(document)
    article = next(_document(path) for path in _curated_files() if _document(path).get("meetings"))
    article["meetings"][0]["participants"][0]["side"] = "XX"
    assert any("'XX' is not one of" in error for error in _errors("article", article))


def test_schema_accepts_a_number_where_the_specs_read_it_as_text() -> None:
    """YAML reads an unquoted year as a number; the specs take it as the text it was written
    as, so an editor must not mark it."""
    document = copy.deepcopy(_document(_curated_files()[0]))
    document["published"] = {"value": 2022, "basis": "unknown"}
    assert _errors("article", document) == []
    assert spec.DateSpec.model_validate({"value": 2022}).value == "2022"
    document["published"]["value"] = True
    assert _errors("article", document) != []


def test_field_docstrings_and_descriptions_reach_the_schema() -> None:
    class Toy(BaseModel):
        colour: str = "red"
        """What a curator sees when hovering over the field."""
        size: int = 1

    assert reference.field_docstrings(Toy) == {
        "colour": "What a curator sees when hovering over the field."
    }
    proposal = reference.json_schemas()["article.schema.json"]["$defs"]["ProposalSpec"]
    documented = reference.field_docstrings(spec.ProposalSpec)
    for name, text in documented.items():
        assert proposal["properties"][name]["description"] == text


def test_curate_schema_writes_the_four_files_and_the_guide(seeds_copy: Path) -> None:
    guide = seeds_copy / "README.md"
    start, end = reference.START_MARKER, reference.END_MARKER
    text = guide.read_text(encoding="utf-8")
    stale = text[: text.index(start) + len(start)] + "\nold\n" + text[text.index(end) :]
    guide.write_text(stale, encoding="utf-8")
    for path in (seeds_copy / "schema").iterdir():
        path.unlink()
    result = run("curate", "schema", "--seeds", str(seeds_copy))
    assert result.exit_code == 0, result.stderr
    written = sorted(line.removeprefix("wrote ") for line in result.stdout.splitlines())
    assert written == sorted(
        [str(seeds_copy / "schema" / name) for name in reference.json_schemas()]
        + [f"{guide} (its field reference)"]
    )
    for name in reference.json_schemas():
        generated = (seeds_copy / "schema" / name).read_bytes()
        assert generated == (SEEDS / "schema" / name).read_bytes()
    assert guide.read_text(encoding="utf-8") == text


def test_curate_schema_out_folder(tmp_path: Path) -> None:
    out = tmp_path / "elsewhere" / "schemas"
    result = run("curate", "schema", "--seeds", str(SEEDS), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert sorted(path.name for path in out.iterdir()) == sorted(reference.json_schemas())
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    result = run("curate", "schema", "--seeds", str(SEEDS), "--out", str(blocked / "x"))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot write the schemas:")
    assert len(result.stderr.splitlines()) == 1


def test_schema_subfolder_and_json_files_are_ignored_by_the_sandbox(seeds_copy: Path) -> None:
    """The seeds folder reads only *.yaml and *.txt directly inside it: schema/ and a stray
    .json file change nothing."""
    assert (seeds_copy / "schema").is_dir()
    (seeds_copy / "stray.schema.json").write_text("{}", encoding="utf-8")
    corpus = validate_folder(seeds_copy)
    assert len(corpus.sources) == len(list(SEEDS.glob("*.txt")))


def test_problem_lines_count_the_schema_line(seeds_copy: Path) -> None:
    """The first-line comment is a line like any other: problems point at the right one."""
    regions = seeds_copy / "regions.yaml"
    lines = regions.read_text(encoding="utf-8").split("\n")
    at = next(number for number, line in enumerate(lines) if line.strip().startswith("kind:"))
    lines[at] = lines[at].split("kind:")[0] + "kind: planet"
    regions.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(CurationError) as raised:
        validate_folder(seeds_copy)
    problems = [p for p in raised.value.problems if p.file.endswith("regions.yaml")]
    assert [p.line for p in problems] == [at + 1]
    assert problems[0].field.endswith(".kind")


def test_examples_come_from_the_spec_then_the_seeds_then_the_type() -> None:
    own = {"type": "string", "examples": ["as the spec says"]}
    assert reference._example(own, "from a seed") == "`as the spec says`"
    assert reference._example({"type": "string"}, "from a seed") == "`from a seed`"
    vocabulary = {"anyOf": [{"enum": ["planned", "signed"], "type": "string"}, {"type": "null"}]}
    assert reference._example(vocabulary, None) == "`planned`"
    assert reference._example({"type": "integer", "minimum": 1}, None) == "`1`"
    assert reference._example({"type": "string"}, "a | b") == "`a \\| b`"
