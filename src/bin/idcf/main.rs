//! `idcf`: IDC Frontier's 2014 security overview as a shared-responsibility matrix, from the command line.
//!
//! ```text
//! cargo install --locked --path . --features cli
//! idcf who-owns object-storage backup
//! ```
//!
//! A thin layer over the library: who owns a control, every export, the difference a tailoring or a newer dataset
//! makes, the customer's register (plan) and Statement of Applicability, and the customer's overlay. `idcf --help`
//! and `idcf SUBCOMMAND --help` say the rest; the README's "The idcf program" section is the same text.

mod common;
mod diff;
mod export;
mod overlay;
mod rebase;
mod register;
mod who_owns;

use std::io::Write as _;
use std::process::ExitCode;

use clap::{CommandFactory as _, Parser, Subcommand};

use common::{Failure, emit};

pub(crate) const EXIT_CODES: &str = "\
Exit status (every subcommand):
  0  answered (or written)
  1  no match: no control of the document matches the query (the closest are named on stderr)
  2  bad usage or bad input: an unknown option, value, service or control, a file that does not load (the message
     names the kind of file, matrix, overlay, register or workbook, and the place), an edit the register or overlay
     refuses, or an output file that exists without --force; nothing is written then

Files: an edit (register set, register decide, overlay add-duty, …) rewrites its FILE in place, atomically,
keeping its mode and writing through a symbolic link; a second edit of the same FILE waits for the first (30 s at
most, then exit 2). Every other output (-o FILE, DIR, init FILE) is refused when it exists, unless --force. Writing
to a closed pipe (`idcf … | head -1`) ends quietly.";

/// IDC Frontier's 2014 cloud security overview as a provider/customer responsibility matrix.
#[derive(Parser)]
#[command(name = "idcf", version, after_help = EXIT_CODES, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Who owns a control for a service, with each party's duties (numbered: the number is the duty's place that
    /// `overlay remove-duty` takes) and the section that says so
    #[command(after_help = EXIT_CODES)]
    WhoOwns(who_owns::WhoOwns),
    /// Writes the matrix in a format other tools read
    #[command(after_help = EXIT_CODES)]
    Export(export::ExportArgs),
    /// What changed between an older export (any dataset version) or an overlay and the built-in matrix
    #[command(after_help = EXIT_CODES)]
    Diff(diff::DiffArgs),
    /// The customer's register (plan): its duties, their status, and its Statement of Applicability
    #[command(subcommand)]
    Register(register::RegisterCommand),
    /// The customer's overlay: its tailoring of the matrix, kept apart from the built-in data
    #[command(subcommand)]
    Overlay(overlay::OverlayCommand),
    /// Prints a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions {
        /// The shell
        shell: clap_complete::Shell,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // Help and version go to stdout with exit 0, usage errors to stderr with exit 2; a closed pipe is quiet.
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { 2 } else { 0 });
        }
    };
    let done = match cli.command {
        Command::WhoOwns(args) => who_owns::who_owns(&args),
        Command::Export(args) => export::export_matrix(&args),
        Command::Diff(args) => diff::diff(&args),
        Command::Register(command) => register::register(command),
        Command::Overlay(command) => overlay::overlay(command),
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "idcf", &mut out);
            emit(&out)
        }
    };
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure { code, message }) => {
            let _ = writeln!(std::io::stderr(), "idcf: {message}");
            ExitCode::from(code)
        }
    }
}
