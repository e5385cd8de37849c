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
