//! The crate as a library, in a few lines: who owns a control for a service, and whether the document says so.
//!
//! `cargo run --example who_owns` (the `idcf` program does the same from the command line, for any query:
//! `cargo run --features cli -- who-owns object-storage backup`).

use idcf_responsibility::{Answer, Control, Lang, Matrix, OwnerBasis, Service};

fn main() {
    let matrix = Matrix::builtin();
    let cell = matrix.cell(Service::ObjectStorage, Control::InformationBackup);
    match (cell.owner(), cell.owner_basis()) {
        (Some(owner), Some(OwnerBasis::DerivedFromStated)) => println!("owner: {owner}, as the document states"),
        (Some(owner), Some(basis)) => println!("owner: {owner} ({})", basis.label(Lang::En)),
        _ => println!("not applicable to {}", cell.service()),
    }
    // The whole answer, as `idcf who-owns` prints it: every duty with its provenance, what is withheld, the caveats.
    print!("{}", Answer::new(matrix, Service::ObjectStorage, "backup").in_lang(Lang::Ja));
}
