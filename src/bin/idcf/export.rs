//! `idcf export`: the matrix in a format other tools read.

use clap::{Args, ValueEnum};
use idcf_responsibility::Lang;
#[cfg(feature = "oscal")]
use idcf_responsibility::export::oscal;
use idcf_responsibility::export::{self, Format};

use crate::common::{Done, Output, bad, deliver, parse_lang, warn};

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum ExportFormat {
    /// The whole matrix as JSON, with the document's metadata and the dataset version (both languages)
    Json,
    /// The JSON Schema of the JSON export (both languages)
    Schema,
    /// OSCAL 1.1.3 component-definition
    Oscal,
    /// OSCAL 1.1.3 system-security-plan of the provider's side
    OscalSsp,
    /// The four OSCAL documents that resolve one another (catalog, profile, component-definition, SSP) into the
    /// folder -o DIR
    OscalBundle,
    /// A customer responsibility matrix, one row per service and control
    Csv,
    /// A table per chapter
    Markdown,
    /// One self-contained page
    Html,
    /// An Excel workbook: an overview sheet and a sheet per service
    Xlsx,
}

#[derive(Args)]
pub(crate) struct ExportArgs {
    /// The format
    format: ExportFormat,
    /// The language of the text: en or ja (json and schema carry both: ignored there, with a note)
    #[arg(long, default_value = "en", value_parser = parse_lang)]
    lang: Lang,
    /// Exports the matrix tailored by this overlay: the customer's changes shown as the customer's decision, with
    /// its reason
    #[arg(long, value_name = "FILE")]
    overlay: Option<std::path::PathBuf>,
    #[command(flatten)]
    output: Output,
}

pub(crate) fn export_matrix(args: &ExportArgs) -> Done {
    let lang = args.lang;
    let matrix = crate::common::matrix_with(args.overlay.as_deref())?;
    let format = match args.format {
        #[cfg(feature = "oscal")]
        ExportFormat::OscalBundle => {
            let Some(dir) = &args.output.output else {
                return Err(bad("oscal-bundle writes a folder: give it with -o DIR"));
            };
            let files: Vec<(&str, String)> =
                oscal::bundle(&matrix, lang).into_iter().map(|f| (f.name, f.text)).collect();
            return crate::common::write_folder(dir, &files, args.output.force);
        }
        ExportFormat::Json => Format::Json,
        #[cfg(feature = "schemars")]
        ExportFormat::Schema => Format::Schema,
        #[cfg(feature = "oscal")]
        ExportFormat::Oscal => Format::Oscal,
        #[cfg(feature = "oscal")]
        ExportFormat::OscalSsp => Format::OscalSsp,
        ExportFormat::Csv => Format::Csv,
        ExportFormat::Markdown => Format::Markdown,
        ExportFormat::Html => Format::Html,
        #[cfg(feature = "xlsx")]
        ExportFormat::Xlsx => Format::Xlsx,
        #[cfg(not(feature = "schemars"))]
        ExportFormat::Schema => return Err(crate::common::not_built("the schema", "schemars")),
        #[cfg(not(feature = "oscal"))]
        ExportFormat::Oscal | ExportFormat::OscalSsp | ExportFormat::OscalBundle => {
            return Err(crate::common::not_built("OSCAL", "oscal"));
        }
        #[cfg(not(feature = "xlsx"))]
        ExportFormat::Xlsx => return Err(crate::common::not_built("the workbook", "xlsx")),
    };
    if !format.has_lang() && lang != Lang::En {
        warn(&format!("{format} carries both languages; --lang {lang} is ignored"));
    }
    let bytes = export::render(&matrix, format, lang).map_err(|e| bad(format!("cannot export: {e}")))?;
    deliver(&args.output, &bytes, !format.is_text(), &format!("matrix.{format}"))
}
