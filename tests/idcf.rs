//! The `idcf` program run as a user would, through the built binary: `who-owns` (what it answers, how it says how
//! it read the query), `export`, `diff`, `register` and `overlay` (each edit, each refusal with exit code 2 and the
//! file unchanged, byte for byte), `completions`; `--help` exits 0 for every subcommand and `| head -1` never
//! panics. Exit codes: 0 answered, 1 no match, 2 bad usage or bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Runs `idcf` with `args`: the exit code, stdout and stderr.
fn idcf(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_idcf")).args(args).output().expect("idcf runs");
    let text = |b: Vec<u8>| String::from_utf8(b).expect("utf-8");
    (out.status.code().expect("an exit code"), text(out.stdout), text(out.stderr))
}

/// Runs `idcf who-owns` with `args`.
fn who_owns(args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["who-owns"];
    all.extend_from_slice(args);
    idcf(&all)
}

/// A fresh folder under the target directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("idcf").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

/// Runs `idcf` with `args`, expecting exit 2, a message containing `needle`, nothing on stdout, and `file`
/// unchanged byte for byte.
fn refused(file: &Path, args: &[&str], needle: &str) {
    let before = std::fs::read(file).ok();
    let (code, stdout, stderr) = idcf(args);
    assert_eq!(code, 2, "{args:?}: {stderr}");
    assert!(stdout.is_empty(), "{args:?}: {stdout}");
    assert!(stderr.contains(needle), "{args:?}: {needle:?} not in {stderr}");
    assert_eq!(std::fs::read(file).ok(), before, "{args:?} changed {}", file.display());
}

#[test]
fn an_id_of_two_editions_lists_each_reading_with_its_answer_and_exits_2() {
    let (code, stdout, stderr) = who_owns(&["idcf-cloud", "A.12.3.1"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    let at = |s: &str| stderr.find(s).unwrap_or_else(|| panic!("{s:?} not in {stderr}"));
    // Each edition's reading, then the sections it leads to with the owner for the service.
    assert!(at("  iso27002-2005:12.3.1 (Policy on the use of cryptographic controls):") < at("§8.2.1"));
    assert!(at("§8.2.1") < at("  iso27001-2013:A.12.3.1:"));
    assert!(at("  iso27001-2013:A.12.3.1:") < at("§6.5.1"));
    assert!(stderr.contains("§6.5.1 「情報のバックアップ」 Information back-up: owner customer"), "{stderr}");
}

#[test]
fn scheme_qualified_and_2022_ids_answer() {
    let (code, stdout, _) = who_owns(&["idcf-cloud", "iso27001-2022:A.8.13"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("§6.5.1"), "{stdout}");
    let (code, stdout, _) = who_owns(&["idcf-cloud", "A.8.13"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("A.8.13: read as iso27001-2022:A.8.13 (Information backup)\n\n"), "{stdout}");
    let (code, stdout, _) = who_owns(&["idcf-cloud", "iso27001-2013:A.12.3.1"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("§6.5.1") && !stdout.contains("§8.2.1"), "{stdout}");
    let (code, stdout, _) = who_owns(&["object-storage", "6.5"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("§6.5.1") && stdout.contains("§6.5.2"), "{stdout}");
}

#[test]
fn a_bare_iso_number_exits_1_with_its_scheme_qualified_forms() {
    let (code, stdout, stderr) = who_owns(&["idcf-cloud", "10.5.1"]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty());
    assert!(stderr.contains("iso27002-2005:10.5.1"), "{stderr}");
}

#[test]
fn a_common_word_is_read_as_the_documents_and_says_so() {
    let (code, stdout, _) = who_owns(&["idcf-cloud", "encryption"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("encryption: read as 暗号, encrypt\n"), "{stdout}");
    assert!(stdout.contains("§8.2.1") && stdout.contains("§11.1.3"), "{stdout}");
    let (code, stdout, _) = who_owns(&["--lang", "ja", "idcf-cloud", "encryption"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("encryption: 暗号, encrypt として検索\n"), "{stdout}");
}

#[test]
fn a_word_the_document_does_not_cover_exits_1_with_the_closest_controls() {
    for word in ["MFA", "two-factor", "二要素認証"] {
        let (code, stdout, stderr) = who_owns(&["idcf-cloud", word]);
        assert_eq!(code, 1, "{word}: {stderr}");
        assert!(stdout.is_empty());
        assert!(stderr.starts_with(&format!("idcf: no control of the document matches {word:?}")), "{stderr}");
        assert!(stderr.contains("closest: 7.4.2 User identification and authentication"), "{stderr}");
    }
    let (code, _, stderr) = who_owns(&["idcf-cloud", "kubernetes"]);
    assert_eq!(code, 1, "{stderr}");
    // In Japanese the reason and the closest controls are Japanese, and the exit codes the same.
    let (code, _, stderr) = who_owns(&["--lang", "ja", "idcf-cloud", "二要素認証"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.starts_with("idcf: 「二要素認証」に該当する文書の節はない（"), "{stderr}");
    assert!(stderr.contains("。近い節：§7.4.2「利用者の識別および認証」"), "{stderr}");
    assert!(!stderr.contains("no control") && !stderr.contains("closest"), "{stderr}");
    let (code, _, stderr) = who_owns(&["--lang", "ja", "idcf-cloud", "A.12.3.1"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.starts_with("idcf: 「A.12.3.1」は2つの版がそれぞれ別の管理策に付けた番号である"), "{stderr}");
    assert!(stderr.contains("規格と版を付けて指定する（例：iso27002-2005:12.3.1）"), "{stderr}");
    let (code, _, stderr) = who_owns(&["--lang", "ja", "idcf-cloud", "10.5.1"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("文書の節番号ではない") && stderr.contains("iso27002-2005:10.5.1（→ 6.5.1、6.5.2）"),
        "{stderr}"
    );
}

#[test]
fn usage_errors_exit_2_and_help_documents_the_codes() {
    for args in [&["nowhere", "backup"][..], &["idcf-cloud"], &[], &["--lang", "xx", "idcf-cloud", "backup"]] {
        let (code, stdout, stderr) = who_owns(args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stdout.is_empty() && !stderr.is_empty(), "{args:?}: {stderr}");
    }
    // A misspelt subcommand gets the closest one.
    let (code, _, stderr) = idcf(&["regster"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("a similar subcommand exists: 'register'"), "{stderr}");
    let (code, stdout, _) = idcf(&["--help"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("Usage: idcf <COMMAND>"), "{stdout}");
    for line in ["  0  answered", "  1  no match", "  2  bad usage or bad input"] {
        assert!(stdout.contains(line), "{line:?} not in {stdout}");
    }
}

/// Every subcommand, for `--help` and `| head -1`.
const SUBCOMMANDS: &[&[&str]] = &[
    &["who-owns"],
    &["export"],
    &["diff"],
    &["register"],
    &["register", "init"],
    &["register", "set"],
    &["register", "report"],
    &["register", "oscal"],
    &["register", "soa"],
    &["register", "decide"],
    &["register", "export-xlsx"],
    &["register", "import-xlsx"],
    &["register", "import-soa"],
    &["overlay"],
    &["overlay", "init"],
    &["overlay", "add-duty"],
    &["overlay", "remove-duty"],
    &["overlay", "not-applicable"],
    &["overlay", "note"],
    &["overlay", "show"],
    &["overlay", "check"],
    &["completions"],
];

#[test]
fn help_exits_0_for_every_subcommand_and_names_the_exit_codes() {
    for sub in SUBCOMMANDS {
        let mut args = sub.to_vec();
        args.push("--help");
        let (code, stdout, stderr) = idcf(&args);
        assert_eq!(code, 0, "{args:?}: {stderr}");
        assert!(stdout.contains("Usage: idcf"), "{args:?}: {stdout}");
    }
    let (_, stdout, _) = idcf(&["register", "set", "--help"]);
    assert!(stdout.contains("2  bad usage or bad input"), "{stdout}");
}

/// Runs `idcf ARGS | head -1` (the reader closes the pipe after one line): never a panic (exit 101), never
/// "Broken pipe" on stderr.
fn through_head(args: &[&str]) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_idcf"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("idcf runs");
    // Read one line, then close the pipe, as `head -1` does.
    let stdout = child.stdout.take().expect("stdout");
    let mut first = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut first).expect("a line");
    let out = child.wait_with_output().expect("idcf ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(101), "{args:?} panicked: {stderr}");
    assert!(!stderr.contains("panicked") && !stderr.contains("Broken pipe"), "{args:?}: {stderr}");
}

#[test]
fn a_closed_pipe_ends_every_subcommand_quietly() {
    let dir = scratch("pipe");
    let (reg, overlay) = (dir.join("r.json"), dir.join("o.json"));
    assert_eq!(idcf(&["register", "init", s(&reg), "idcf-cloud", "self-cloud"]).0, 0);
    assert_eq!(idcf(&["overlay", "init", s(&overlay)]).0, 0);
    for sub in SUBCOMMANDS {
        let mut args = sub.to_vec();
        args.push("--help");
        through_head(&args);
    }
    let out = |name: &str| dir.join(name).to_str().expect("utf-8").to_owned();
    let runs: Vec<Vec<String>> = vec![
        vec!["who-owns".into(), "idcf-cloud".into(), "backup".into()],
        vec!["who-owns".into(), "--json".into(), "idcf-cloud".into(), "backup".into()],
        vec!["export".into(), "json".into()],
        vec!["export".into(), "html".into()],
        vec!["export".into(), "csv".into(), "--lang".into(), "ja".into()],
        vec!["export".into(), "oscal-bundle".into(), "-o".into(), out("bundle")],
        vec!["diff".into(), "--overlay".into(), out("o.json")],
        vec!["register".into(), "init".into(), out("r2.json"), "idcf-cloud".into()],
        vec!["register".into(), "set".into(), out("r.json"), "6.5.1".into(), "--team".into(), "Ops".into()],
        vec!["register".into(), "report".into(), out("r.json")],
        vec!["register".into(), "oscal".into(), out("r.json"), out("oscal")],
        vec!["register".into(), "soa".into(), out("r.json")],
        vec!["register".into(), "soa".into(), out("r.json"), "--format".into(), "json".into()],
        vec![
            "register".into(),
            "decide".into(),
            out("r.json"),
            "A.5.7".into(),
            "exclude".into(),
            "--justification".into(),
            "No feeds.".into(),
        ],
        vec!["overlay".into(), "init".into(), out("o2.json")],
        vec![
            "overlay".into(),
            "note".into(),
            out("o.json"),
            "idcf-cloud".into(),
            "6.5.1".into(),
            "--text".into(),
            "Nightly.".into(),
            "--reason".into(),
            "Plan.".into(),
        ],
        vec!["overlay".into(), "show".into(), out("o.json")],
        vec!["overlay".into(), "check".into(), out("o.json")],
        vec!["completions".into(), "bash".into()],
    ];
    for run in &runs {
        let args: Vec<&str> = run.iter().map(String::as_str).collect();
        through_head(&args);
    }
}

#[test]
fn who_owns_numbers_each_duty_by_its_place_in_the_cell_and_answers_json_without_a_rebuild() {
    let (code, stdout, _) = who_owns(&["object-storage", "backup"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("\n    1. Keeps its own back-ups of the data it stores"), "{stdout}");
    let (code, stdout, _) = who_owns(&["--json", "object-storage", "6.5.1"]);
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    assert_eq!(value["cells"][0]["owner"], "customer", "{stdout}");
    assert_eq!(value["cells"][0]["section"], "6.5.1", "{stdout}");
    // Exactly the library's answer, serialized.
    let answer = idcf_responsibility::Answer::new(
        idcf_responsibility::Matrix::builtin(),
        idcf_responsibility::Service::ObjectStorage,
        "6.5.1",
    );
    assert_eq!(stdout, serde_json::to_string_pretty(&answer).expect("serialize") + "\n");
    // A miss prints its answer too (why, and the closest), and exits as without --json.
    let (code, stdout, stderr) = who_owns(&["--json", "object-storage", "MFA"]);
    assert_eq!(code, 1, "{stderr}");
    let value: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    assert_eq!(value["miss"]["no-match"]["closest"][0], "user-identification", "{stdout}");
}

#[test]
fn export_writes_every_format_ignores_lang_where_a_format_has_both_and_refuses_an_existing_file() {
    let dir = scratch("export");
    for format in ["json", "schema", "oscal", "oscal-ssp", "csv", "markdown", "html", "xlsx"] {
        let file = dir.join(format!("m.{format}"));
        let (code, stdout, stderr) = idcf(&["export", format, "--lang", "ja", "-o", s(&file)]);
        assert_eq!(code, 0, "{format}: {stderr}");
        assert!(stdout.is_empty());
        assert!(std::fs::metadata(&file).expect("written").len() > 1000, "{format}");
        if matches!(format, "json" | "schema") {
            assert!(stderr.contains("carries both languages; --lang ja is ignored"), "{stderr}");
        }
        refused(&file, &["export", format, "-o", s(&file)], "exists; give --force to overwrite it");
        assert_eq!(idcf(&["export", format, "-o", s(&file), "--force"]).0, 0);
    }
    let (code, stdout, _) = idcf(&["export", "csv", "--lang", "ja"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("情報のバックアップ"));
    let bundle = dir.join("bundle");
    let (code, stdout, stderr) = idcf(&["export", "oscal-bundle", "-o", s(&bundle)]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.lines().count(), 4, "{stdout}");
    refused(&bundle.join("catalog.json"), &["export", "oscal-bundle", "-o", s(&bundle)], "catalog.json exists");
    let (code, _, stderr) = idcf(&["export", "oscal-bundle"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("-o DIR"), "{stderr}");
    let (code, _, stderr) = idcf(&["export", "pdf"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("possible values: json, schema"), "{stderr}");
}

#[test]
fn diff_compares_an_older_export_and_an_overlay() {
    let dir = scratch("diff");
    let matrix = dir.join("m.json");
    assert_eq!(idcf(&["export", "json", "-o", s(&matrix)]).0, 0);
    let (code, stdout, _) = idcf(&["diff", s(&matrix)]);
    assert_eq!((code, stdout.as_str()), (0, "no changes\n"));
    let overlay = dir.join("o.json");
    assert_eq!(idcf(&["overlay", "init", s(&overlay)]).0, 0);
    let (code, ..) =
        idcf(&["overlay", "not-applicable", s(&overlay), "self-cloud", "7.6.2", "--reason", "No telework."]);
    assert_eq!(code, 0);
    let (code, stdout, _) = idcf(&["diff", "--overlay", s(&overlay)]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("self-cloud §7.6.2 Teleworking\n"), "{stdout}");
    let (code, stdout, _) = idcf(&["diff", s(&matrix), "--overlay", s(&overlay), "--json"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("\"self-cloud\""), "{stdout}");
    // A matrix file that does not load names the kind of file and the place.
    let broken = dir.join("broken.json");
    std::fs::write(&broken, "{\"dataset\": 3}").expect("write");
    let (code, _, stderr) = idcf(&["diff", s(&broken)]);
    assert_eq!(code, 2);
    assert!(stderr.contains("matrix"), "{stderr}");
    let (code, _, stderr) = idcf(&["diff"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("nothing to compare"), "{stderr}");
}

#[test]
fn register_set_records_every_field_and_refuses_with_the_real_problem_writing_nothing() {
    let dir = scratch("register");
    let reg = dir.join("r.json");
    let (code, stdout, stderr) = idcf(&["register", "init", s(&reg), "object-storage"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.ends_with(": 23 entries\n"), "{stdout}");
    refused(&reg, &["register", "init", s(&reg), "self-cloud"], "exists; give --force");
    let (code, stdout, stderr) = idcf(&[
        "register",
        "set",
        s(&reg),
        "6.5.1",
        "--status",
        "実施済み",
        "--team",
        "Ops",
        "--evidence",
        "runbook",
        "--evidence",
        "ticket 12",
        "--due",
        "2027-01-31",
        "--append-note",
        "first",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("1 entry of §6.5.1: status implemented, team \"Ops\""), "{stdout}");
    let saved =
        idcf_responsibility::plan::Register::from_json(&std::fs::read_to_string(&reg).expect("read")).expect("loads");
    let entry = saved
        .entries()
        .iter()
        .find(|e| e.control() == idcf_responsibility::Control::InformationBackup)
        .expect("an entry for 6.5.1");
    assert_eq!(entry.status(), &idcf_responsibility::plan::Status::Implemented);
    assert_eq!(entry.team(), Some("Ops"));
    assert_eq!(entry.evidence(), ["runbook", "ticket 12"]);
    assert_eq!(entry.due().map(|d| d.to_string()).as_deref(), Some("2027-01-31"));
    assert_eq!(entry.notes(), Some("first"));
    // English status; --note replaces the notes.
    assert_eq!(idcf(&["register", "set", s(&reg), "6.5.1", "--status", "in progress", "--note", "again"]).0, 0);
    // Each refusal names the real problem, exits 2 and leaves the file as it was.
    let r = s(&reg);
    refused(
        &reg,
        &["register", "set", r, "6.5.1", "--service", "self-cloud", "--status", "implemented"],
        "self-cloud is not in the register; it covers object-storage",
    );
    refused(
        &reg,
        &["register", "set", r, "6.8.6", "--status", "implemented"],
        "section 6.8.6 has no customer duty in the register for object-storage (the provider owns it)",
    );
    refused(&reg, &["register", "set", r, "6.5.1", "--due", "2027-02-30"], "invalid date \"2027-02-30\"");
    refused(&reg, &["register", "set", r, "6.5.1", "--status", "implemnted"], "did you mean implemented");
    refused(&reg, &["register", "set", r, "6.5.1", "--status", "not-applicable"], "--justification");
    refused(&reg, &["register", "set", r, "6.5.1", "--note", "a", "--append-note", "b"], "cannot be used with");
    refused(&reg, &["register", "set", r, "6.5.1"], "nothing to set");
    refused(&reg, &["register", "set", r, "9.9.9", "--team", "x"], "9.9.9");
    refused(&reg, &["register", "set", r, "6.5.1", "--team", " "], "team of a register edit is empty");
    // A register that does not load names the kind of file.
    let broken = dir.join("broken.json");
    std::fs::write(&broken, "{}").expect("write");
    refused(&broken, &["register", "set", s(&broken), "6.5.1", "--team", "x"], "register");
    // With a justification.
    let (code, _, stderr) =
        idcf(&["register", "set", r, "6.5.1", "--status", "risk-accepted", "--justification", "Copies elsewhere."]);
    assert_eq!(code, 0, "{stderr}");
    assert!(std::fs::read_to_string(&reg).expect("read").contains("Copies elsewhere."));
}

#[test]
fn register_report_oscal_soa_and_decisions() {
    let dir = scratch("soa");
    let reg = dir.join("r.json");
    assert_eq!(idcf(&["register", "init", s(&reg), "object-storage"]).0, 0);
    assert_eq!(idcf(&["register", "set", s(&reg), "6.5.1", "--status", "implemented"]).0, 0);
    let (code, stdout, _) = idcf(&["register", "report", s(&reg)]);
    assert_eq!(code, 0);
    assert!(stdout.contains("## Settled duties (1)"), "{stdout}");
    let (code, stdout, stderr) =
        idcf(&["register", "decide", s(&reg), "A.5.7", "exclude", "--justification", "No feeds."]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.ends_with("A.5.7 exclude\n"), "{stdout}");
    let (code, stdout, _) = idcf(&["register", "soa", s(&reg), "--format", "json"]);
    assert_eq!(code, 0);
    let soa: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    let rows = soa["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 100, "93 Annex A controls, then ISO/IEC 27017's seven");
    let intel = rows.iter().find(|r| r["control"] == "A.5.7").expect("A.5.7");
    assert!(intel.to_string().contains("No feeds."), "{intel}");
    let (code, stdout, _) = idcf(&["register", "soa", s(&reg), "--format", "csv", "--lang", "ja"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with('\u{FEFF}'));
    let xlsx = dir.join("soa.xlsx");
    assert_eq!(idcf(&["register", "soa", s(&reg), "--format", "xlsx", "-o", s(&xlsx)]).0, 0);
    assert!(std::fs::read(&xlsx).expect("written").starts_with(b"PK"));
    refused(&xlsx, &["register", "soa", s(&reg), "--format", "xlsx", "-o", s(&xlsx)], "exists");
    refused(&reg, &["register", "decide", s(&reg), "A.5.7", "include"], "--justification");
    refused(&reg, &["register", "decide", s(&reg), "A.5.99", "include", "--justification", "x"], "A.5.99");
    refused(&reg, &["register", "decide", s(&reg), "A.5.7", "include", "--justification", " "], "justification");
    assert_eq!(idcf(&["register", "decide", s(&reg), "A.5.7", "withdraw"]).0, 0);
    refused(&reg, &["register", "decide", s(&reg), "A.5.7", "withdraw"], "no decision on A.5.7 to withdraw");
    let oscal = dir.join("oscal");
    let (code, stdout, stderr) = idcf(&["register", "oscal", s(&reg), s(&oscal)]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("customer-ssp.json"), "{stdout}");
    refused(&oscal.join("customer-ssp.json"), &["register", "oscal", s(&reg), s(&oscal)], "exists");
}

#[test]
fn overlay_edits_from_the_command_line_in_one_language_and_refusals_write_nothing() {
    let dir = scratch("overlay");
    let o = dir.join("o.json");
    let f = s(&o);
    assert_eq!(idcf(&["overlay", "init", f]).0, 0);
    refused(&o, &["overlay", "init", f], "exists; give --force");
    let (code, _, stderr) = idcf(&[
        "overlay",
        "add-duty",
        f,
        "private-cloud",
        "6.8.6",
        "--party",
        "customer",
        "--kind",
        "performs",
        "--layer",
        "customer-environment",
        "--text",
        "Runs its own NTP source.",
        "--reason",
        "Our time-keeping policy.",
    ]);
    assert_eq!(code, 0, "{stderr}");
    // Duty 1 of idcf-cloud 6.5.1 as who-owns numbers it.
    let (_, answer, _) = who_owns(&["idcf-cloud", "6.5.1"]);
    let first = answer.lines().find(|l| l.starts_with("    1. ")).expect("duty 1").to_owned();
    let (code, _, stderr) =
        idcf(&["overlay", "remove-duty", f, "idcf-cloud", "6.5.1", "1", "--reason-ja", "委託済み。"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, ..) = idcf(&["overlay", "not-applicable", f, "self-cloud", "7.6.2", "--reason-ja", "テレワークなし。"]);
    assert_eq!(code, 0);
    let (code, ..) = idcf(&["overlay", "note", f, "idcf-cloud", "6.5.1", "--text", "Nightly.", "--reason", "Plan."]);
    assert_eq!(code, 0);
    let (code, stdout, _) = idcf(&["overlay", "check", f]);
    assert_eq!(code, 0);
    assert!(stdout.contains("4 overrides, all fit the built-in matrix"), "{stdout}");
    // The missing language shows as missing, never borrowed from the other.
    let (code, stdout, _) = idcf(&["overlay", "show", f, "--lang", "ja"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("お客さまの職務を追加：（日本語の記載なし）"), "{stdout}");
    assert!(!stdout.contains("overrides["), "{stdout}");
    assert!(stdout.contains("理由：テレワークなし。"), "{stdout}");
    let (_, stdout, _) = idcf(&["overlay", "show", f]);
    assert!(stdout.contains("reason: (no English text given)"), "{stdout}");
    let text = first.trim_start_matches("    1. ");
    let text = &text[..text.find(" [").expect("a bracket")];
    assert!(stdout.contains(&format!("removes the provider duty: {text}")) || stdout.contains(text), "{stdout}");
    // The JSON leaves the missing language out.
    let json = std::fs::read_to_string(&o).expect("read");
    assert!(json.contains("\"en\": \"Runs its own NTP source.\"") && !json.contains("\"ja\": \"\""), "{json}");
    // Refusals: nothing written.
    refused(
        &o,
        &["overlay", "remove-duty", f, "idcf-cloud", "6.5.1", "9", "--reason", "x"],
        "has no duty 9: its duties are numbered 1 to",
    );
    refused(
        &o,
        &[
            "overlay",
            "add-duty",
            f,
            "private-cloud",
            "6.8.6",
            "--party",
            "customer",
            "--kind",
            "offers",
            "--layer",
            "platform",
            "--text",
            "x",
            "--reason",
            "y",
        ],
        "a customer performs, may or requests",
    );
    refused(
        &o,
        &[
            "overlay",
            "add-duty",
            f,
            "private-cloud",
            "6.8.6",
            "--party",
            "customer",
            "--kind",
            "performs",
            "--layer",
            "platform",
            "--text",
            "x",
        ],
        "--reason",
    );
    refused(&o, &["overlay", "note", f, "idcf-cloud", "6.5.1", "--text", " ", "--reason", "y"], "English or Japanese");
    refused(&o, &["overlay", "not-applicable", f, "nowhere", "6.5.1", "--reason", "y"], "nowhere");
    let broken = dir.join("broken.json");
    std::fs::write(&broken, "{\"overrides\": 1}").expect("write");
    refused(
        &broken,
        &["overlay", "note", s(&broken), "idcf-cloud", "6.5.1", "--text", "a", "--reason", "b"],
        "overlay",
    );
    refused(&broken, &["overlay", "check", s(&broken)], "overlay");
    // A register made with the overlay carries the one-language duty.
    let reg = dir.join("r.json");
    let (code, _, stderr) = idcf(&["register", "init", s(&reg), "private-cloud", "--overlay", f]);
    assert_eq!(code, 0, "{stderr}");
    let (code, stdout, _) = idcf(&["register", "report", s(&reg), "--lang", "ja"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("（日本語の記載なし）"), "{stdout}");
}

#[test]
fn completions_print_a_script() {
    let (code, stdout, _) = idcf(&["completions", "bash"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("_idcf()"), "{stdout}");
    assert_eq!(idcf(&["completions", "tcsh"]).0, 2);
}

#[test]
fn the_plan_goes_out_to_excel_and_comes_back_and_a_refused_workbook_writes_nothing() {
    let dir = scratch("plan");
    let register = dir.join("register.json");
    assert_eq!(idcf(&["register", "init", s(&register), "object-storage"]).0, 0);
    let (code, _, stderr) = idcf(&["register", "set", s(&register), "6.5.1", "--status", "implemented"]);
    assert_eq!(code, 0, "{stderr}");
    let book = dir.join("plan.xlsx");
    let (code, stdout, stderr) = idcf(&["register", "export-xlsx", s(&register), s(&book), "--lang", "ja"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("rows to fill in"), "{stdout}");
    refused(&book, &["register", "export-xlsx", s(&register), s(&book)], "exists; give --force");
    // Read back as written: nothing changed, the register file untouched.
    let before = std::fs::read(&register).unwrap();
    let (code, stdout, stderr) = idcf(&["register", "import-xlsx", s(&register), s(&book)]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains(": 0 change(s) from "), "{stdout}");
    assert_eq!(std::fs::read(&register).unwrap(), before);
    // Not a workbook, or the plan of another register: exit 2, the register as it was.
    let junk = dir.join("junk.xlsx");
    std::fs::write(&junk, b"not a workbook").unwrap();
    refused(&register, &["register", "import-xlsx", s(&register), s(&junk)], "junk.xlsx");
    let other = dir.join("other.json");
    assert_eq!(idcf(&["register", "init", s(&other), "self-cloud"]).0, 0);
    let other_book = dir.join("other.xlsx");
    assert_eq!(idcf(&["register", "export-xlsx", s(&other), s(&other_book)]).0, 0);
    refused(&register, &["register", "import-xlsx", s(&register), s(&other_book)], "another register");
    // The SoA workbook's decisions come back the same way: as written, none.
    let soa = dir.join("soa.xlsx");
    assert_eq!(idcf(&["register", "soa", s(&register), "--format", "xlsx", "-o", s(&soa)]).0, 0);
    let (code, stdout, stderr) = idcf(&["register", "import-soa", s(&register), s(&soa)]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains(": 0 change(s) from "), "{stdout}");
}
