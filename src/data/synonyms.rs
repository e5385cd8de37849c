//! The words people type for what the document says in its own words: a short, written list, read by
//! [`lookup`](crate::lookup). Each row names the words people type (English and Japanese, compared folded: case,
//! width and hyphens forgiven; a row word may be two or three words, `two factor`) and either the document's own
//! words to search for as well, with the sections they must find (a test checks every row), or, for what the
//! document has no control for, why, and the closest sections.
//!
//! Rows are added only for words that otherwise miss sections the document has on the subject; a word the
//! document already uses stays out.

use crate::Text;

/// A row of the list.
#[derive(Debug)]
pub(crate) struct Synonym {
    /// What people type, folded as queries are (lowercase, no hyphens; words separated by one space).
    pub(crate) typed: &'static [&'static str],
    /// How the document says it, or that it does not.
    pub(crate) reads: Reads,
}

/// How a row is read.
#[derive(Debug)]
pub(crate) enum Reads {
    /// Search these words of the document as well (each as a keyword of its own, folded), and the sections a
    /// search for any typed word must find among its hits.
    As {
        words: &'static [&'static str],
        #[cfg_attr(not(test), allow(dead_code, reason = "the sections a test checks each row finds"))]
        finds: &'static [&'static str],
    },
    /// The document has no control for it: why, and the closest sections. A search answers nothing, and says so.
    Uncovered { why: Text, closest: &'static [&'static str] },
}

/// The list.
pub(crate) static SYNONYMS: &[Synonym] = &[
    Synonym {
        typed: &["encryption", "encrypted", "cryptography", "cryptographic", "crypto", "暗号化通信"],
        reads: Reads::As { words: &["暗号", "encrypt"], finds: &["8.2.1", "11.1.3", "6.7.1"] },
    },
    Synonym { typed: &["tls", "https"], reads: Reads::As { words: &["ssl"], finds: &["8.2.1", "6.7.1"] } },
    Synonym {
        typed: &[
            "mfa",
            "2fa",
            "two factor",
            "twofactor",
            "two step",
            "twostep",
            "multi factor",
            "multifactor",
            "one time password",
            "otp",
            "二要素認証",
            "二段階認証",
            "2要素認証",
            "2段階認証",
            "多要素認証",
            "ワンタイムパスワード",
        ],
        reads: Reads::Uncovered {
            why: Text::new(
                "the document names no second factor of authentication",
                "文書は二つ目の認証要素を挙げていない",
            ),
            closest: &["7.4.2", "7.3.1", "7.4.1"],
        },
    },
    Synonym {
        typed: &["key management", "鍵管理", "暗号鍵"],
        reads: Reads::Uncovered {
            why: Text::new("the document has no section on key management", "文書に鍵管理の節はない"),
            closest: &["8.2.1", "7.3.1", "11.1.3"],
        },
    },
    Synonym {
        typed: &["data deletion", "data disposal", "data erasure", "データ削除", "データ消去", "データ廃棄"],
        reads: Reads::As { words: &["処分", "disposal"], finds: &["5.2.1"] },
    },
    Synonym {
        typed: &["deletion", "deleting", "erase", "erasure", "wipe", "消去", "抹消"],
        reads: Reads::As { words: &["削除", "処分", "delete", "disposal"], finds: &["4.1.2", "5.2.1"] },
    },
    Synonym {
        typed: &["dispose", "disposing", "廃棄", "破棄"],
        reads: Reads::As { words: &["処分", "disposal"], finds: &["5.2.1"] },
    },
    Synonym {
        typed: &["logging", "logs", "audit trail", "監査証跡", "ログ取得"],
        reads: Reads::As { words: &["ログ", "log"], finds: &["6.8.1", "6.8.3", "6.8.4", "6.8.5"] },
    },
    Synonym {
        typed: &["patching", "patch", "patches", "security update", "パッチ", "パッチ適用", "アップデート"],
        reads: Reads::As { words: &["脆弱性", "vulnerability"], finds: &["8.4.1"] },
    },
    Synonym {
        typed: &["malware", "virus", "viruses", "antivirus", "anti virus", "ウイルス", "ウィルス", "マルウェア"],
        reads: Reads::As { words: &["悪意", "malicious"], finds: &["6.4.1"] },
    },
    Synonym {
        typed: &["login", "log in", "sign in", "signin", "ログイン", "サインイン"],
        reads: Reads::As { words: &["ログオン", "logon"], finds: &["7.4.1"] },
    },
    Synonym {
        typed: &["permission", "permissions", "privileges", "access rights", "権限", "アクセス権限"],
        reads: Reads::As { words: &["アクセス権", "特権", "privilege"], finds: &["4.1.2", "7.2.2", "7.2.4"] },
    },
    Synonym {
        typed: &["time sync", "time synchronization", "時刻同期", "時刻"],
        reads: Reads::As { words: &["クロック", "ntp"], finds: &["6.8.6"] },
    },
    Synonym {
        typed: &["recovery", "recover", "復旧", "リストア", "リカバリ", "リカバリー"],
        reads: Reads::As { words: &["復元", "restore"], finds: &["6.5.2"] },
    },
    Synonym {
        typed: &["disaster recovery", "bcp", "災害対策", "災害復旧"],
        reads: Reads::As { words: &["事業継続", "continuity"], finds: &["10.1.1"] },
    },
    Synonym {
        typed: &["ファイヤーウォール", "ファイヤウォール", "packet filter", "packet filtering"],
        reads: Reads::As { words: &["ファイアウォール", "firewall"], finds: &["6.6.1"] },
    },
    Synonym {
        typed: &[
            "nda",
            "non disclosure agreement",
            "nondisclosure agreement",
            "confidentiality agreement",
            "機密保持契約",
            "守秘義務契約",
        ],
        reads: Reads::As { words: &["秘密保持", "confidentiality"], finds: &["2.1.3"] },
    },
    Synonym {
        typed: &["remote work", "remote working", "work from home", "wfh", "在宅勤務", "リモートワーク", "在宅"],
        reads: Reads::As { words: &["テレワーク", "teleworking"], finds: &["7.6.2"] },
    },
    Synonym {
        typed: &["cancellation", "cancel", "退会", "契約終了"],
        reads: Reads::As { words: &["解約", "termination"], finds: &["4.1.1"] },
    },
];
