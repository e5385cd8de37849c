//! The `idcf` program with files and input as people have them: an edit keeps the file's mode and writes through a
//! symbolic link, twenty concurrent edits of one register all land, a user's `FILE.tmp` is never touched; input
//! typed in full-width or half-width forms, Japanese dates and status words; the tailored matrix from the command
//! line (`--overlay` on `who-owns` and `export`, `diff --lang`, `overlay show --lang ja`).

use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs `idcf` with `args`: the exit code, stdout and stderr.
fn idcf(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_idcf")).args(args).output().expect("idcf runs");
    let text = |b: Vec<u8>| String::from_utf8(b).expect("utf-8");
    (out.status.code().expect("an exit code"), text(out.stdout), text(out.stderr))
}

/// Runs `idcf`, expecting exit 0: its stdout.
fn ok(args: &[&str]) -> String {
    let (code, stdout, stderr) = idcf(args);
    assert_eq!(code, 0, "{args:?}: {stderr}");
    stdout
}

/// A fresh folder under the target directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("idcf_input").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

/// The names in a folder, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[cfg(unix)]
#[test]
fn an_edit_keeps_the_mode_and_leaves_a_users_tmp_file_alone() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = scratch("mode");
    let reg = dir.join("plan.json");
    ok(&["register", "init", s(&reg), "object-storage"]);
    std::fs::set_permissions(&reg, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let mine = dir.join("plan.json.tmp");
    std::fs::write(&mine, "the user's own notes").expect("user's file");
    ok(&["register", "set", s(&reg), "6.5.1", "--team", "Ops"]);
    ok(&["register", "decide", s(&reg), "A.8.13", "include", "--justification", "backups are ours"]);
    let mode = std::fs::metadata(&reg).expect("register").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "mode {mode:o}");
    assert!(std::fs::read_to_string(&reg).expect("register").contains("\"Ops\""));
    assert_eq!(std::fs::read_to_string(&mine).expect("user's file"), "the user's own notes");
    // No temporary file is left behind.
    assert_eq!(listing(&dir), ["plan.json", "plan.json.tmp"]);
}

#[cfg(unix)]
#[test]
fn an_edit_through_a_symbolic_link_writes_its_target_and_the_link_stays() {
    let dir = scratch("symlink");
    std::fs::create_dir_all(dir.join("shared")).expect("shared folder");
    let target = dir.join("shared").join("plan.json");
    ok(&["register", "init", s(&target), "object-storage"]);
    let link = dir.join("plan.json");
    std::os::unix::fs::symlink("shared/plan.json", &link).expect("symlink");
    ok(&["register", "set", s(&link), "6.5.1", "--team", "Ops"]);
    assert!(std::fs::symlink_metadata(&link).expect("link").file_type().is_symlink());
    assert_eq!(std::fs::read_link(&link).expect("link"), Path::new("shared/plan.json"));
    assert!(std::fs::read_to_string(&target).expect("target").contains("\"Ops\""));
    // An overlay edit likewise.
    let overlay = dir.join("shared").join("overlay.json");
    ok(&["overlay", "init", s(&overlay)]);
    let overlay_link = dir.join("overlay.json");
    std::os::unix::fs::symlink(&overlay, &overlay_link).expect("symlink");
    ok(&["overlay", "not-applicable", s(&overlay_link), "self-cloud", "7.6.2", "--reason", "managed backup"]);
    assert!(std::fs::symlink_metadata(&overlay_link).expect("link").file_type().is_symlink());
    assert!(std::fs::read_to_string(&overlay).expect("overlay").contains("managed backup"));
    assert_eq!(listing(&dir.join("shared")), ["overlay.json", "plan.json"]);
}

#[test]
fn twenty_concurrent_edits_of_one_register_all_land() {
    let dir = scratch("concurrent");
    let reg = dir.join("plan.json");
    ok(&["register", "init", s(&reg), "object-storage"]);
    // Spawned together, not one after the other.
    let children: Vec<_> = (0..20)
        .map(|i| {
            Command::new(env!("CARGO_BIN_EXE_idcf"))
                .args(["register", "set", s(&reg), "6.5.1", "--append-note", &format!("parallel edit {i:02}")])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("idcf starts")
        })
        .collect();
    let mut landed = 0;
    for child in children {
        let out = child.wait_with_output().expect("idcf ends");
        let stderr = String::from_utf8_lossy(&out.stderr);
        match out.status.code() {
            Some(0) => landed += 1,
            // A refusal says why and changes nothing.
            Some(2) => assert!(stderr.contains("is being edited by another idcf"), "{stderr}"),
            other => panic!("exit {other:?}: {stderr}"),
        }
    }
    let text = std::fs::read_to_string(&reg).expect("register");
    let recorded = (0..20).filter(|i| text.contains(&format!("parallel edit {i:02}"))).count();
    assert_eq!(recorded, landed, "every edit that said it landed is in the file");
    assert_eq!(landed, 20, "no edit waited 30 s");
    assert_eq!(listing(&dir), ["plan.json"]);
}

/// The help of `args` (`idcf ARGS --help`).
fn help(args: &[&str]) -> String {
    let mut all = args.to_vec();
    all.push("--help");
    ok(&all)
}

#[test]
fn every_example_in_the_help_is_accepted() {
    let dir = scratch("help_examples");
    let reg = dir.join("plan.json");
    ok(&["register", "init", s(&reg), "idcf-cloud", "object-storage"]);
    // who-owns: each example its help gives, for SERVICE and CONTROL.
    let who = help(&["who-owns"]);
    for service in ["idcf-cloud", "self-cloud", "managed-cloud", "private-cloud", "object-storage"] {
        assert!(who.contains(service), "{service} not in {who}");
        ok(&["who-owns", service, "6.5.1"]);
    }
    for control in
        ["6.5.1", "6.5", "A.8.13", "iso27001-2013:A.12.3.1", "iso27002-2005:12.3.1", "backup", "バックアップ"]
    {
        assert!(who.contains(control), "{control} not in {who}");
        ok(&["who-owns", "idcf-cloud", control]);
    }
    // register set: the control, every status it names, the due date's forms.
    let set = help(&["register", "set"]);
    assert!(set.contains("A section (6.5.1)"), "{set}");
    for status in ["not-started", "in-progress", "implemented", "実装済み"] {
        assert!(set.contains(status), "{status} not in {set}");
        ok(&["register", "set", s(&reg), "6.5.1", "--status", status]);
    }
    for status in ["not-applicable", "risk-accepted"] {
        assert!(set.contains(status), "{status} not in {set}");
        ok(&["register", "set", s(&reg), "6.5.1", "--status", status, "--justification", "why"]);
    }
    for due in ["2027-03-31", "2027/3/31", "2027年3月31日"] {
        assert!(set.contains(due), "{due} not in {set}");
        let out = ok(&["register", "set", s(&reg), "6.5.1", "--due", due]);
        assert!(out.contains("due 2027-03-31"), "{out}");
    }
    // register decide: the control and every decision word, English and Japanese.
    let decide = help(&["register", "decide"]);
    assert!(decide.contains("(A.8.13)"), "{decide}");
    for (word, justified) in
        [("include", true), ("適用", true), ("exclude", true), ("除外", true), ("withdraw", false), ("取り下げ", false)]
    {
        assert!(decide.contains(word), "{word} not in {decide}");
        let mut args = vec!["register", "decide", s(&reg), "A.8.13", word];
        if justified {
            args.extend(["--justification", "why"]);
        } else {
            // Something to withdraw.
            ok(&["register", "decide", s(&reg), "A.8.13", "include", "--justification", "why"]);
        }
        ok(&args);
    }
    // The overlay's CONTROL: a section.
    let overlay = dir.join("overlay.json");
    ok(&["overlay", "init", s(&overlay)]);
    assert!(help(&["overlay", "note"]).contains("A section (6.5.1)"));
    ok(&["overlay", "note", s(&overlay), "idcf-cloud", "6.5.1", "--text", "a note", "--reason", "why"]);
    // completions: each shell named.
    let completions = help(&["completions"]);
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        assert!(completions.contains(shell), "{shell} not in {completions}");
        assert!(!ok(&["completions", shell]).is_empty());
    }
}

#[test]
fn input_as_people_type_it_full_width_half_width_japanese_statuses_and_dates() {
    // Full-width service, section and ISO id; half-width kana keywords.
    let out = ok(&["who-owns", "ＩＤＣＦクラウド", "６.５.１"]);
    assert!(out.starts_with("IDCF Cloud: 1 control(s)"), "{out}");
    let out = ok(&["who-owns", "ＩＤＣＦクラウド", "Ａ.８.１３"]);
    assert!(out.starts_with("Ａ.８.１３: read as iso27001-2022:A.8.13"), "{out}");
    let half = ok(&["who-owns", "idcf-cloud", "ﾊﾞｯｸｱｯﾌﾟ"]);
    let full = ok(&["who-owns", "idcf-cloud", "バックアップ"]);
    assert_eq!(half.lines().skip(1).collect::<Vec<_>>(), full.lines().skip(1).collect::<Vec<_>>());
    assert!(ok(&["who-owns", "ｵﾌﾞｼﾞｪｸﾄｽﾄﾚｰｼﾞ", "6.5.1"]).starts_with("Object Storage"));
    // Japanese status words.
    let dir = scratch("typed");
    let reg = dir.join("plan.json");
    ok(&["register", "init", s(&reg), "object-storage"]);
    for (word, id) in [
        ("実装済み", "implemented"),
        ("完了", "implemented"),
        ("対応済み", "implemented"),
        ("ＤＯＮＥ", "implemented"),
        ("実施中", "in-progress"),
        ("進行中", "in-progress"),
        ("未着手", "not-started"),
    ] {
        let out = ok(&["register", "set", s(&reg), "6.5.1", "--status", word]);
        assert!(out.ends_with(&format!("status {id}\n")), "{word}: {out}");
    }
    let out = ok(&["register", "set", s(&reg), "6.5.1", "--status", "適用外", "--justification", "no backups"]);
    assert!(out.ends_with("status not-applicable\n"), "{out}");
    // Full-width section, service and Annex A id in the register's edits.
    let out = ok(&["register", "set", s(&reg), "６.５.１", "--service", "ｵﾌﾞｼﾞｪｸﾄｽﾄﾚｰｼﾞ", "--status", "完了"]);
    assert!(out.ends_with("status implemented\n"), "{out}");
    let out = ok(&["register", "decide", s(&reg), "Ａ.８.１３", "適用", "--justification", "backups are ours"]);
    assert!(out.ends_with("A.8.13 include\n"), "{out}");
    // A word of two meanings: the closest, in Japanese; in English for English.
    let (code, _, stderr) = idcf(&["register", "set", s(&reg), "6.5.1", "--status", "実施"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("did you mean one of") && stderr.contains("対応中") && stderr.contains("実施済み"),
        "{stderr}"
    );
    let (code, _, stderr) = idcf(&["register", "set", s(&reg), "6.5.1", "--status", "implemnted"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("did you mean implemented?"), "{stderr}");
    // Dates as Japanese staff type them, full-width digits too.
    for due in ["2027.3.31", "２０２７年３月３１日"] {
        let out = ok(&["register", "set", s(&reg), "6.5.1", "--due", due]);
        assert!(out.contains("due 2027-03-31"), "{out}");
    }
    let (code, _, stderr) = idcf(&["register", "set", s(&reg), "6.5.1", "--due", "2027/2/30"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("2027年3月31日"), "{stderr}");
}

#[test]
fn japanese_compounds_find_what_their_parts_find_and_a_miss_names_the_closest() {
    // The controls `who-owns` lists, by section.
    let sections = |query: &str| -> Vec<String> {
        ok(&["who-owns", "idcf-cloud", query])
            .lines()
            .filter_map(|l| l.strip_prefix('§').and_then(|l| l.split(' ').next()).map(str::to_owned))
            .collect()
    };
    let log = sections("ログ");
    for compound in ["ログ管理", "ログの管理"] {
        let found = sections(compound);
        assert!(!found.is_empty() && found.iter().all(|s| log.contains(s)), "{compound}: {found:?}, ログ: {log:?}");
    }
    assert!(sections("在宅勤務").contains(&"7.6.2".to_owned()));
    // 2段階認証 is read as 二段階認証: the document has no control for it, and says so with the closest.
    for typed in ["2段階認証", "二段階認証", "２段階認証"] {
        let (code, _, stderr) = idcf(&["who-owns", "idcf-cloud", typed]);
        assert_eq!(code, 1, "{typed}");
        assert!(
            stderr.contains("the document names no second factor") && stderr.contains("closest: 7.4.2"),
            "{stderr}"
        );
    }
    // A Japanese miss names the closest controls, as an English one does; log management's are about logs.
    let (code, _, stderr) = idcf(&["who-owns", "idcf-cloud", "量子暗号"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("closest: 8.2.1 Policy on the use of cryptographic controls"), "{stderr}");
    let (code, _, stderr) = idcf(&["who-owns", "idcf-cloud", "log management"]);
    assert_eq!(code, 1);
    let closest = stderr.split("closest: ").nth(1).unwrap_or_default();
    assert_eq!(closest.matches("log").count(), 3, "{stderr}");
    // A query of any length is read up to the bound, without a panic.
    let very_long = "バックアップ ".repeat(5000);
    let (code, _, stderr) = idcf(&["who-owns", "idcf-cloud", &very_long]);
    assert!(code == 0 || code == 1, "{stderr}");
}

/// An overlay that adds a customer duty in Japanese only and declares a cell not applicable in English only.
fn one_language_overlay(dir: &Path) -> PathBuf {
    let overlay = dir.join("overlay.json");
    ok(&["overlay", "init", s(&overlay)]);
    ok(&[
        "overlay",
        "add-duty",
        s(&overlay),
        "private-cloud",
        "6.8.6",
        "--party",
        "customer",
        "--kind",
        "performs",
        "--layer",
        "customer-environment",
        "--text-ja",
        "NTPサーバーを自社で運用する",
        "--reason-ja",
        "自社のNTPを使う",
    ]);
    ok(&["overlay", "not-applicable", s(&overlay), "self-cloud", "7.6.2", "--reason", "No telework."]);
    overlay
}

#[test]
fn who_owns_and_export_answer_from_the_tailored_matrix() {
    let dir = scratch("tailored");
    let overlay = one_language_overlay(&dir);
    let plain = ok(&["who-owns", "private-cloud", "6.8.6"]);
    assert!(plain.contains("owner: provider") && !plain.contains("customer's decision"), "{plain}");
    let tailored = ok(&["who-owns", "--overlay", s(&overlay), "private-cloud", "6.8.6", "--lang", "ja"]);
    assert!(tailored.contains("NTPサーバーを自社で運用する"), "{tailored}");
    assert!(tailored.contains("お客さまの決定：自社のNTPを使う"), "{tailored}");
    let english = ok(&["who-owns", "--overlay", s(&overlay), "private-cloud", "6.8.6"]);
    assert!(english.contains("owner: shared (the customer's decision)"), "{english}");
    assert!(english.contains("(no English text given)"), "{english}");
    let na = ok(&["who-owns", "--overlay", s(&overlay), "self-cloud", "7.6.2"]);
    assert!(na.contains("No telework."), "{na}");
    // The exports: CSV and JSON of the tailored matrix differ from the built-in one where the overlay says.
    let csv = ok(&["export", "csv", "--overlay", s(&overlay), "--lang", "ja"]);
    assert!(
        csv.contains("NTPサーバーを自社で運用する") && csv.contains("自社のNTPを使う"),
        "tailored duty not in the CSV"
    );
    assert!(!ok(&["export", "csv", "--lang", "ja"]).contains("NTPサーバーを自社で運用する"));
    let json = ok(&["export", "json", "--overlay", s(&overlay)]);
    assert!(json.contains("NTPサーバーを自社で運用する"));
    let (code, _, stderr) = idcf(&["export", "csv", "--overlay", s(&dir.join("missing.json"))]);
    assert_eq!(code, 2);
    assert!(stderr.contains("cannot read the overlay"), "{stderr}");
}

#[test]
fn diff_and_overlay_show_print_one_language_by_the_rule_of_every_output() {
    let dir = scratch("diff_lang");
    let overlay = one_language_overlay(&dir);
    let en = ok(&["diff", "--overlay", s(&overlay)]);
    assert!(
        en.contains("+ duty: customer performs on customer-environment for all-services (tailored: (no English text given)): (no English text given)"),
        "{en}"
    );
    assert!(!en.contains("(tailored: )"), "{en}");
    let ja = ok(&["diff", "--overlay", s(&overlay), "--lang", "ja"]);
    assert!(ja.contains("プライベートクラウド §6.8.6 「クロックの同期」"), "{ja}");
    assert!(ja.contains("（お客さまの決定：自社のNTPを使う）: NTPサーバーを自社で運用する"), "{ja}");
    assert!(ja.contains("担当: お客さま → 該当なし"), "{ja}");
    // Japanese throughout: no English word of ours, no id.
    for english in ["owner", "duty", "applicable", "customer", "provider", "self-cloud", "Clock"] {
        assert!(!ja.contains(english), "{english} in {ja}");
    }
    let show = ok(&["overlay", "show", s(&overlay), "--lang", "ja"]);
    assert!(show.starts_with("データセットのバージョン "), "{show}");
    assert!(
        show.contains(
            "プライベートクラウド §6.8.6 「クロックの同期」：お客さまの職務を追加：NTPサーバーを自社で運用する"
        ),
        "{show}"
    );
    assert!(show.contains("理由：（日本語の記載なし）"), "{show}");
    for english in ["dataset", "adds", "reason", "not applicable", "private-cloud", "Teleworking"] {
        assert!(!show.contains(english), "{english} in {show}");
    }
}
