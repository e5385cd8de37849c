//! `idcf who-owns`: who owns a control for a service, from text people type.

use clap::Args;
use idcf_responsibility::{Answer, Service, search::Miss};

use crate::common::{Done, Failure, LangArg, bad, emit, warn};

#[derive(Args)]
pub(crate) struct WhoOwns {
    /// The service: idcf-cloud, self-cloud, managed-cloud, private-cloud, object-storage (or its English or
    /// Japanese name)
    service: Service,
    /// A section id (6.5.1), a heading (6.5), a control id, a title, an ISO id (A.8.13 is ISO/IEC 27001:2022;
    /// iso27001-2013:A.12.3.1, iso27002-2005:12.3.1 name their edition) or keywords (backup, バックアップ)
    #[arg(required = true, num_args = 1..)]
    control: Vec<String>,
    #[command(flatten)]
    lang: LangArg,
    /// Prints the answer as JSON (the library's `Answer`; its schema is schema/answer.schema.json), a miss too
    #[arg(long)]
    json: bool,
    /// Answers from the matrix tailored by this overlay: the customer's changes shown as the customer's decision,
    /// with its reason
    #[arg(long, value_name = "FILE")]
    overlay: Option<std::path::PathBuf>,
}

pub(crate) fn who_owns(args: &WhoOwns) -> Done {
    let query = args.control.join(" ");
    if query.trim().is_empty() {
        return Err(bad("missing control or keywords after the service"));
    }
    let matrix = crate::common::matrix_with(args.overlay.as_deref())?;
    let answer = Answer::new(&matrix, args.service, &query).in_lang(args.lang.lang);
    if args.json {
        for note in answer.notes() {
            warn(&note);
        }
        let json = serde_json::to_string_pretty(&answer).map_err(|e| bad(format!("cannot write the answer: {e}")))?;
        emit(format!("{json}\n").as_bytes())?;
    }
    if let Some(message) = answer.message() {
        // Exit 2 for an ISO id of two editions (each reading listed with its answer for the service), 1 for no match.
        let code = if answer.miss() == Some(&Miss::Ambiguous) { 2 } else { 1 };
        return Err(Failure { code, message });
    }
    if args.json {
        return Ok(());
    }
    emit(answer.to_string().as_bytes())
}
