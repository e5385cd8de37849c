//! `idcf overlay`: the customer's tailoring of the matrix.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use idcf_responsibility::{
    Control, Duty, DutyKind, Lang, Layer, Matrix, Party, Role, Scope, Service, Text,
    plan::{Overlay, Tailoring},
};

use crate::EXIT_CODES;
use crate::common::{Done, Failure, LangArg, bad, conflicts, emit, json_text, load_overlay, lock, replace, write_new};

#[derive(Args)]
pub(crate) struct Cellref {
    /// The overlay (rewritten in place)
    file: PathBuf,
    /// The service
    service: Service,
    /// A section (6.5.1), a control id or a title
    control: Control,
}

#[derive(Args)]
#[command(group = clap::ArgGroup::new("reason_text").required(true).multiple(true))]
pub(crate) struct Reason {
    /// Why, in English (one language is enough: the other shows as missing)
    #[arg(long, group = "reason_text")]
    reason: Option<String>,
    /// Why, in Japanese
    #[arg(long, group = "reason_text")]
    reason_ja: Option<String>,
}

#[derive(Args)]
#[command(group = clap::ArgGroup::new("body").required(true).multiple(true))]
pub(crate) struct Body {
    /// The text in English (one language is enough: the other shows as missing)
    #[arg(long, group = "body")]
    text: Option<String>,
    /// The text in Japanese
    #[arg(long, group = "body")]
    text_ja: Option<String>,
}

#[derive(Subcommand)]
pub(crate) enum OverlayCommand {
    /// Writes an empty overlay
    #[command(after_help = EXIT_CODES)]
    Init {
        /// The overlay to write (refused if it exists, unless --force)
        file: PathBuf,
        /// Overwrites an overlay that exists
        #[arg(long)]
        force: bool,
    },
    /// Adds a duty to a cell
    #[command(after_help = EXIT_CODES)]
    AddDuty {
        #[command(flatten)]
        cell: Cellref,
        /// provider or customer
        #[arg(long)]
        party: Party,
        /// performs, offers, discloses, may, requests, on-request or leaves-to-customer
        #[arg(long)]
        kind: DutyKind,
        /// platform, portal, customer-environment, provider-partners, customer-third-parties, contract-documents
        /// or provider-organisation
        #[arg(long)]
        layer: Layer,
        /// The sentence of the section the duty belongs to
        #[arg(long, default_value_t = 1)]
        sentence: u8,
        #[command(flatten)]
        body: Body,
        #[command(flatten)]
        reason: Reason,
    },
    /// Removes a duty of the built-in cell, by its number as `idcf who-owns` prints it
    #[command(after_help = EXIT_CODES)]
    RemoveDuty {
        #[command(flatten)]
        cell: Cellref,
        /// The duty's number in the cell (`idcf who-owns SERVICE CONTROL`)
        duty: usize,
        #[command(flatten)]
        reason: Reason,
    },
    /// Declares a cell not applicable to the customer's use
    #[command(after_help = EXIT_CODES)]
    NotApplicable {
        #[command(flatten)]
        cell: Cellref,
        #[command(flatten)]
        reason: Reason,
    },
    /// Adds a note to a cell (the cell is unchanged)
    #[command(after_help = EXIT_CODES)]
    Note {
        #[command(flatten)]
        cell: Cellref,
        #[command(flatten)]
        body: Body,
        #[command(flatten)]
        reason: Reason,
    },
    /// Lists the overrides and what they change
    #[command(after_help = EXIT_CODES)]
    Show {
        /// The overlay
        file: PathBuf,
        #[command(flatten)]
        lang: LangArg,
    },
    /// Checks an overlay: it loads, and every override still fits the built-in matrix (exit 2 if not)
    #[command(after_help = EXIT_CODES)]
    Check {
        /// The overlay
        file: PathBuf,
    },
}

/// A text from the English and Japanese options: one language is enough, the other stays missing.
pub(crate) fn text(en: Option<&String>, ja: Option<&String>) -> Text {
    Text::owned(en.cloned().unwrap_or_default(), ja.cloned().unwrap_or_default())
}

pub(crate) fn reason_text(reason: &Reason) -> Text {
    text(reason.reason.as_ref(), reason.reason_ja.as_ref())
}

pub(crate) fn edit_overlay(cell: &Cellref, change: impl FnOnce(&mut Overlay) -> Result<String, Failure>) -> Done {
    let _lock = lock(&cell.file, "overlay")?;
    let mut overlay = load_overlay(&cell.file)?;
    let said = change(&mut overlay)?;
    replace(&cell.file, json_text(overlay.to_json())?.as_bytes())?;
    emit(format!("{}: {said}\n", cell.file.display()).as_bytes())
}

pub(crate) fn refused(cell: &Cellref) -> impl Fn(idcf_responsibility::Inconsistency) -> Failure + '_ {
    move |e| bad(format!("overlay {}: {e}", cell.file.display()))
}

pub(crate) fn overlay(command: OverlayCommand) -> Done {
    match command {
        OverlayCommand::Init { file, force } => {
            write_new(&file, json_text(Overlay::new().to_json())?.as_bytes(), force)?;
            emit(format!("{}: an empty overlay\n", file.display()).as_bytes())
        }
        OverlayCommand::AddDuty { cell, party, kind, layer, sentence, body, reason } => {
            edit_overlay(&cell, |overlay| {
                let role = Role::new(party, kind, layer, Scope::AllServices, sentence);
                let duty = Duty::new(
                    role,
                    idcf_responsibility::Basis::Stated,
                    text(body.text.as_ref(), body.text_ja.as_ref()),
                );
                overlay.add_duty(cell.service, cell.control, duty, reason_text(&reason)).map_err(refused(&cell))?;
                Ok(format!("a {party} duty added to {} §{}", cell.service, cell.control.section()))
            })
        }
        OverlayCommand::RemoveDuty { cell, duty, reason } => edit_overlay(&cell, |overlay| {
            let duties = Matrix::builtin().cell(cell.service, cell.control).duties();
            let Some(found) = duty.checked_sub(1).and_then(|i| duties.get(i)) else {
                return Err(bad(format!(
                    "{} §{} has no duty {duty}: its duties are numbered 1 to {} (idcf who-owns {} {})",
                    cell.service,
                    cell.control.section(),
                    duties.len(),
                    cell.service,
                    cell.control.section()
                )));
            };
            overlay
                .remove_duty(cell.service, cell.control, found.clone(), reason_text(&reason))
                .map_err(refused(&cell))?;
            Ok(format!("duty {duty} of {} §{} removed", cell.service, cell.control.section()))
        }),
        OverlayCommand::NotApplicable { cell, reason } => edit_overlay(&cell, |overlay| {
            overlay.not_applicable(cell.service, cell.control, reason_text(&reason)).map_err(refused(&cell))?;
            Ok(format!("{} §{} not applicable", cell.service, cell.control.section()))
        }),
        OverlayCommand::Note { cell, body, reason } => edit_overlay(&cell, |overlay| {
            overlay
                .note(cell.service, cell.control, text(body.text.as_ref(), body.text_ja.as_ref()), reason_text(&reason))
                .map_err(refused(&cell))?;
            Ok(format!("a note on {} §{}", cell.service, cell.control.section()))
        }),
        OverlayCommand::Show { file, lang } => {
            let overlay = load_overlay(&file)?;
            emit(show(&overlay, lang.lang).as_bytes())
        }
        OverlayCommand::Check { file } => {
            let overlay = load_overlay(&file)?;
            let conflicts = conflicts(&overlay);
            if conflicts.is_empty() {
                return emit(
                    format!(
                        "{}: {} overrides, all fit the built-in matrix\n",
                        file.display(),
                        overlay.overrides().len()
                    )
                    .as_bytes(),
                );
            }
            Err(bad(format!("overlay {}: {}", file.display(), conflicts.join("\n  "))))
        }
    }
}

pub(crate) fn show(overlay: &Overlay, lang: Lang) -> String {
    if lang == Lang::Ja {
        return show_ja(overlay);
    }
    let mut out = format!("dataset version {}\n", overlay.dataset_version());
    if overlay.overrides().is_empty() {
        out.push_str("no overrides\n");
    }
    for (i, o) in overlay.overrides().iter().enumerate() {
        let what = match o.change() {
            Tailoring::AddDuty { duty } => format!("adds a {} duty: {}", duty.party, duty.text.get(lang)),
            Tailoring::RemoveDuty { duty } => format!("removes the {} duty: {}", duty.party, duty.text.get(lang)),
            Tailoring::NotApplicable => "not applicable".to_owned(),
            Tailoring::Note { text } => format!("note: {}", text.get(lang)),
            _ => "another change".to_owned(),
        };
        let _ = writeln!(
            out,
            "overrides[{i}] {} §{} {}: {what}\n  reason: {}",
            o.service(),
            o.control().section(),
            o.control().title_en(),
            o.reason().get(lang)
        );
    }
    for conflict in conflicts(overlay) {
        let _ = writeln!(out, "conflict: {conflict}");
    }
    out
}

/// [`show`] in Japanese throughout: the labels of services, parties and changes, the Japanese titles, the
/// customer's Japanese text (or that it is missing), and the conflicts.
fn show_ja(overlay: &Overlay) -> String {
    let ja = Lang::Ja;
    let mut out = format!("データセットのバージョン {}\n", overlay.dataset_version());
    if overlay.overrides().is_empty() {
        out.push_str("変更なし\n");
    }
    for (i, o) in overlay.overrides().iter().enumerate() {
        let what = match o.change() {
            Tailoring::AddDuty { duty } => format!("{}の職務を追加：{}", duty.party.label(ja), duty.text.get(ja)),
            Tailoring::RemoveDuty { duty } => format!("{}の職務を削除：{}", duty.party.label(ja), duty.text.get(ja)),
            Tailoring::NotApplicable => "該当なし（お客さまの決定）".to_owned(),
            Tailoring::Note { text } => format!("注記：{}", text.get(ja)),
            _ => "その他の変更".to_owned(),
        };
        let _ = writeln!(
            out,
            "変更{} {} §{} 「{}」：{what}\n  理由：{}",
            i + 1,
            o.service().label(ja),
            o.control().section(),
            o.control().title_ja(),
            o.reason().get(ja)
        );
    }
    for c in &overlay.apply(idcf_responsibility::Matrix::builtin()).conflicts {
        let applied = if c.applied { "適用済み" } else { "適用できず" };
        let _ = writeln!(
            out,
            "競合：変更{}（{}、§{}）は現在とは別の元のセルに対して作られた（{applied}）",
            c.index + 1,
            c.service.label(ja),
            c.control.section()
        );
    }
    out
}
