//! An Excel workbook: an overview sheet (controls × services, coloured by owner) and a sheet per service with a
//! row per control, in English or Japanese.

use std::borrow::Cow;

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use super::{capabilities, citation, crosswalk_text, not_applicable, owner_mark, pick, reasons, tagged_duties};
use crate::{Cell, Lang, Matrix, Owner, OwnerBasis, Party, Service, Text, document::Document, iso::Edition};

/// Excel's limit on the length of a cell's text, in UTF-16 units.
const MAX_CELL_TEXT: usize = 32_767;

/// The widest a column grows to fit its text, in Excel's character units; longer text wraps.
const MAX_WIDTH: f64 = 60.0;

/// The height of a line of text, in points, with room for Japanese glyphs.
const LINE_HEIGHT: f64 = 16.0;

/// The owner colours, the same as the HTML page's.
const PROVIDER: u32 = 0x00CF_E3FF;
const CUSTOMER: u32 = 0x00FF_E2C4;
const SHARED: u32 = 0x00D9_F2D0;
const NONE: u32 = 0x00EE_EEEE;
const HEADER: u32 = 0x00F0_F0F5;

/// The columns of a service's sheet, in order.
const SERVICE_COLUMNS: [Text; 18] = [
    Text::new("§", "節"),
    Text::new("Control id", "管理策ID"),
    Text::new("Chapter", "章"),
    Text::new("Title", "題名（英語）"),
    Text::new("Title (Japanese)", "題名"),
    Text::new("Owner", "担当"),
    Text::new("Owner basis", "担当の根拠"),
    Text::new("Owner by stated duties", "記載による担当"),
    Text::new("Basis", "根拠"),
    Text::new("What the provider does", "IDCFの分担"),
    Text::new("What the customer does", "お客さまの分担"),
    Text::new("Capabilities offered", "提供される機能"),
    Text::new("Not disclosed", "非開示の事項"),
    Text::new("Why (our inference, or the customer's decision)", "理由（推定またはお客さまの決定）"),
    Text::new("ISO/IEC 27002:2005", "ISO/IEC 27002:2005"),
    Text::new("ISO/IEC 27001:2013", "ISO/IEC 27001:2013"),
    Text::new("ISO/IEC 27001:2022", "ISO/IEC 27001:2022"),
    Text::new("Source in the document", "文書の出典"),
];

/// The matrix as an Excel workbook (`.xlsx`), its text in `lang`.
///
/// - **Overview** (概要): the document, its caveats and a legend above a grid of the 68 controls × the five
///   services, each cell the owner's label on the owner's colour (provider blue, customer orange, shared green,
///   not applicable grey); an owner that rests on our inference is marked `*` and set in italics, one that rests on
///   the customer's decision (a tailoring) is marked `†`.
/// - **A sheet per service**, named by the service: a row per control with its section, id, chapter, both titles,
///   owner, owner basis, owner by stated duties, basis, what the provider and the customer do (each duty with its
///   kind and layer, and those the document does not state marked `our inference` or `the customer's decision`),
///   the capabilities offered, what is withheld, the reasons (a customer's marked as its decision), the ISO ids
///   (the 2013 and 2022 ones each with how it is known) and the section and sentences it comes from (a customer's
///   duty cites none).
///
/// Every sheet's header row is frozen and carries an auto-filter; columns are as wide as their text (Japanese
/// characters counted double), up to a limit past which text wraps. The bytes are deterministic: the workbook's
/// creation date is the document's issue date, not the clock. A text longer than Excel's 32,767-character limit
/// for a cell (only possible in a tailored matrix) is cut there and ends with `…`.
///
/// # Errors
///
/// An [`std::io::ErrorKind::Other`] error naming the fault if the workbook writer refuses what it is given; the
/// built-in matrix and any matrix [`Matrix::from_json`](crate::Matrix::from_json) accepts are written.
///
/// ```
/// use idcf_responsibility::{export, Lang, Matrix};
/// let book = export::xlsx(Matrix::builtin(), Lang::Ja)?;
/// assert!(book.starts_with(b"PK\x03\x04")); // a zip archive, as every .xlsx is
/// assert_eq!(book, export::xlsx(Matrix::builtin(), Lang::Ja)?);
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn xlsx(matrix: &Matrix, lang: Lang) -> std::io::Result<Vec<u8>> {
    workbook(matrix, lang).map_err(|err| std::io::Error::other(format!("cannot write the xlsx workbook: {err}")))
}

fn workbook(matrix: &Matrix, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let doc = Document::builtin();
    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new()
            .set_title(format!("{}: {}", title(lang), doc.title.get(lang)))
            .set_subject(title(lang))
            .set_company(doc.publisher.get(lang))
            .set_comment(format!("{} {}", crate::DATASET, crate::DATASET_VERSION))
            // The workbook is made from this dataset release: its date, not the clock, keeps the bytes deterministic.
            .set_creation_datetime(&ExcelDateTime::parse_from_str(crate::DATASET_RELEASED)?),
    );
    let styles = Styles::new();
    book.push_worksheet(overview(matrix, lang, &styles)?);
    for &service in Service::ALL {
        book.push_worksheet(service_sheet(matrix, service, lang, &styles)?);
    }
    book.save_to_buffer()
}

/// What the workbook is, as its title and the overview's heading say.
const fn title(lang: Lang) -> &'static str {
    pick(lang, "Shared-responsibility matrix", "責任分担マトリクス")
}

/// The formats of the workbook.
pub(crate) struct Styles {
    pub(crate) header: Format,
    pub(crate) text: Format,
    pub(crate) title: Format,
    pub(crate) note: Format,
}

impl Styles {
    pub(crate) fn new() -> Styles {
        let cell = Format::new().set_border(FormatBorder::Thin).set_border_color(Color::RGB(0x00CC_CCCC));
        Styles {
            header: cell.clone().set_bold().set_background_color(Color::RGB(HEADER)).set_text_wrap(),
            text: cell.set_align(FormatAlign::Top).set_text_wrap(),
            title: Format::new().set_bold().set_font_size(14),
            note: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        }
    }

    /// An owner's cell: its colour, italics when the owner rests on our inference.
    fn owner(&self, owner: Option<Owner>, basis: Option<OwnerBasis>) -> Format {
        let colour = match owner {
            Some(Owner::Provider) => PROVIDER,
            Some(Owner::Customer) => CUSTOMER,
            Some(Owner::Shared) => SHARED,
            None => NONE,
        };
        let format = self.text.clone().set_background_color(Color::RGB(colour));
        if basis == Some(OwnerBasis::Inferred) { format.set_italic() } else { format }
    }
}

/// A worksheet, the width each column's text needs, and the lines of every cell, to size rows once the columns
/// are sized (neither Excel nor `LibreOffice` grows a row to its wrapped text on every load).
pub(crate) struct Sheet {
    ws: Worksheet,
    widths: Vec<f64>,
    /// Columns given a width of their own ([`Sheet::set_width`]), which `finish` keeps instead of sizing them.
    fixed: std::collections::BTreeMap<u16, f64>,
    /// Each cell written: its row, its first and last column, and the width of each of its lines.
    cells: Vec<(u32, u16, u16, Vec<f64>)>,
}

impl Sheet {
    pub(crate) fn new(name: &str) -> Result<Sheet, XlsxError> {
        let mut sheet = Worksheet::new();
        sheet.set_name(name)?;
        Ok(Sheet { ws: sheet, widths: Vec::new(), fixed: std::collections::BTreeMap::new(), cells: Vec::new() })
    }

    /// Gives a column a fixed width (a printed layout's), which [`Sheet::finish`] keeps and sizes the rows to.
    pub(crate) fn set_width(&mut self, col: u16, width: f64) {
        self.fixed.insert(col, width);
    }

    /// The worksheet, for what the sheet does not wrap (outline groups, validation, protection).
    pub(crate) fn worksheet(&mut self) -> &mut Worksheet {
        &mut self.ws
    }

    /// Writes `text` in a cell, and notes the width of its lines: the column is sized to the longest.
    pub(crate) fn put(&mut self, row: u32, col: u16, text: &str, format: &Format) -> Result<(), XlsxError> {
        let text = fit(text);
        let lines: Vec<f64> = text.lines().map(width).collect();
        let col_index = usize::from(col);
        if self.widths.len() <= col_index {
            self.widths.resize(col_index + 1, 0.0);
        }
        if let Some(w) = self.widths.get_mut(col_index) {
            *w = lines.iter().copied().fold(*w, f64::max);
        }
        self.cells.push((row, col, col, lines));
        self.ws.write_string_with_format(row, col, text, format)?;
        Ok(())
    }

    /// Writes `text` across columns `first..=last` of a row; it wraps within them and does not size them.
    pub(crate) fn put_across(
        &mut self,
        row: u32,
        first: u16,
        last: u16,
        text: &str,
        format: &Format,
    ) -> Result<(), XlsxError> {
        let text = fit(text);
        self.cells.push((row, first, last, text.lines().map(width).collect()));
        self.ws.merge_range(row, first, row, last, &text, format)?;
        Ok(())
    }

    /// Freezes the rows down to the header, filters on the header, and prints A4 landscape, a page wide, with the
    /// header on every page.
    pub(crate) fn table(&mut self, header_row: u32, last_row: u32, last_col: u16) -> Result<(), XlsxError> {
        self.ws.set_freeze_panes(header_row + 1, 0)?;
        self.ws.autofilter(header_row, 0, last_row, last_col)?;
        self.ws.set_repeat_rows(header_row, header_row)?;
        self.ws.set_landscape().set_paper_size(9).set_print_fit_to_pages(1, 0);
        Ok(())
    }

    /// Makes a column an input chosen from a drop-down list (rows 1 to `last_row`), with a prompt, and protects the
    /// sheet without a password, filters, sorting and resizing still allowed: the input cells are the ones whose
    /// format unlocks them. The register's plan and the Statement of Applicability share it.
    pub(crate) fn drop_down_and_protect(
        &mut self,
        col: u16,
        last_row: u32,
        choices: &[impl AsRef<str>],
        prompt: (&str, &str),
    ) -> Result<(), XlsxError> {
        if last_row > 0 {
            let list = rust_xlsxwriter::DataValidation::new()
                .allow_list_strings(&choices.iter().map(AsRef::as_ref).collect::<Vec<&str>>())?
                .set_input_title(prompt.0)?
                .set_input_message(prompt.1)?;
            self.ws.add_data_validation(1, col, last_row, col, &list)?;
        }
        self.protect();
        Ok(())
    }

    /// Protects the sheet without a password: its cells cannot be edited by accident, and filtering, sorting and
    /// widening columns still work.
    pub(crate) fn protect(&mut self) {
        let protection = rust_xlsxwriter::ProtectionOptions {
            use_autofilter: true,
            sort: true,
            format_columns: true,
            format_rows: true,
            ..rust_xlsxwriter::ProtectionOptions::default()
        };
        self.ws.protect_with_options(&protection);
    }

    /// Sets every column to the width of its text, with a margin, up to [`MAX_WIDTH`] (or to its fixed width),
    /// then every row that needs more than one line to the lines its cells wrap to at those widths.
    pub(crate) fn finish(mut self) -> Result<Worksheet, XlsxError> {
        let columns = self.widths.len().max(self.fixed.last_key_value().map_or(0, |(&c, _)| usize::from(c) + 1));
        self.widths.resize(columns, 0.0);
        let widths: Vec<f64> = (0u16..)
            .zip(&self.widths)
            .map(|(col, w)| self.fixed.get(&col).copied().unwrap_or_else(|| (w + 2.0).min(MAX_WIDTH)))
            .collect();
        for (col, &width) in (0u16..).zip(&widths) {
            self.ws.set_column_width(col, width)?;
        }
        let mut heights: std::collections::BTreeMap<u32, f64> = std::collections::BTreeMap::new();
        for (row, first, last, lines) in &self.cells {
            let room: f64 = widths.get(usize::from(*first)..=usize::from(*last)).map_or(0.0, |w| w.iter().sum());
            let room = (room - 1.0).max(1.0);
            let count: f64 = lines.iter().map(|w| (w / room).ceil().max(1.0)).sum();
            let entry = heights.entry(*row).or_insert(1.0);
            *entry = entry.max(count);
        }
        for (row, lines) in heights {
            if lines > 1.0 {
                self.ws.set_row_height(row, LINE_HEIGHT * lines + 2.0)?;
            }
        }
        Ok(self.ws)
    }
}

/// [`width`], for the row heights of the Statement of Applicability's workbook.
pub(crate) fn text_width(line: &str) -> f64 {
    width(line)
}

/// The width of a line in Excel's character units (the width of a digit): East Asian wide characters take two.
fn width(line: &str) -> f64 {
    line.chars().map(|ch| if is_wide(ch) { 2.0 } else { 1.0 }).sum()
}

/// Whether a character is East Asian wide or full-width (kana, kanji, Hangul, full-width forms).
fn is_wide(ch: char) -> bool {
    matches!(ch,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{20000}'..='\u{3FFFD}')
}

/// `text` cut to Excel's limit for a cell, ending with `…` where it was cut.
fn fit(text: &str) -> Cow<'_, str> {
    if text.encode_utf16().count() <= MAX_CELL_TEXT {
        return Cow::Borrowed(text);
    }
    let mut out = String::new();
    let mut units = 0;
    for ch in text.chars() {
        units += ch.len_utf16();
        if units > MAX_CELL_TEXT - 1 {
            break;
        }
        out.push(ch);
    }
    out.push('…');
    Cow::Owned(out)
}

/// The owner in a cell of a sheet: its label, `*` when it rests on our inference, `†` when on the customer's
/// decision; "not applicable" without one (`†` when that is the customer's decision).
fn owner_label(cell: &Cell, lang: Lang) -> String {
    let label = cell.owner().map_or(not_applicable(lang), |o| o.label(lang));
    format!("{label}{}", owner_mark(cell))
}

/// A chapter's number and title: `6 Communications and operations management`.
fn chapter_name(chapter: crate::Chapter, lang: Lang) -> String {
    let title = match lang {
        Lang::En => chapter.title_en(),
        Lang::Ja => chapter.title_ja(),
    };
    format!("{} {title}", chapter.number())
}

/// The overview: the document, its caveats, a legend, then the controls × services grid.
fn overview(matrix: &Matrix, lang: Lang, styles: &Styles) -> Result<Worksheet, XlsxError> {
    let doc = Document::builtin();
    let mut sheet = Sheet::new(pick(lang, "Overview", "概要"))?;
    let last_col = 2 + Service::COUNT as u16;
    // The document, and its caveats: every reading of the grid is subject to them.
    let edition = match lang {
        Lang::En => format!("edition {}", doc.edition),
        Lang::Ja => format!("第{}版", doc.edition),
    };
    let heading =
        format!("{}: {} ({}, {}, {edition})", title(lang), doc.title.get(lang), doc.publisher.get(lang), doc.issued);
    sheet.ws.write_string_with_format(0, 0, fit(&heading), &styles.title)?;
    let mut row = 1;
    for caveat in doc.caveats.iter() {
        sheet.put_across(row, 0, last_col, caveat.get(lang), &styles.note)?;
        row += 1;
    }
    // The legend: the colours, and what a star means.
    let legend = Text::new(
        "Colour: the owner. *: the owner rests on our inference, not on the document's statements. \u{2020}: the customer's \
         decision (a tailoring). See each service's sheet.",
        "色は担当を示す。*：担当は文書の記載ではなく推定による。\u{2020}：お客さまの決定（調整）による。各サービスのシートを参照。",
    );
    sheet.put_across(row, 0, 2, legend.get(lang), &styles.note)?;
    for (col, owner) in (3u16..).zip([Some(Owner::Provider), Some(Owner::Customer), Some(Owner::Shared), None]) {
        let label = owner.map_or(not_applicable(lang), |o| o.label(lang));
        sheet.ws.write_string_with_format(row, col, label, &styles.owner(owner, None))?;
    }
    row += 1;
    // The grid.
    let header_row = row;
    let mut headers: Vec<&str> =
        vec![pick(lang, "§", "節"), pick(lang, "Chapter", "章"), pick(lang, "Control", "管理策")];
    headers.extend(Service::ALL.iter().map(|s| s.label(lang)));
    for (col, h) in (0u16..).zip(&headers) {
        sheet.put(header_row, col, h, &styles.header)?;
    }
    for control in crate::Control::ALL {
        row += 1;
        let chapter = control.chapter();
        sheet.put(row, 0, control.section(), &styles.text)?;
        sheet.put(row, 1, &chapter_name(chapter, lang), &styles.text)?;
        sheet.put(row, 2, control.label(lang), &styles.text)?;
        for (col, &service) in (3u16..).zip(Service::ALL) {
            let cell = matrix.cell(service, *control);
            sheet.put(row, col, &owner_label(cell, lang), &styles.owner(cell.owner(), cell.owner_basis()))?;
        }
    }
    sheet.table(header_row, row, last_col)?;
    sheet.ws.set_active(true);
    sheet.finish()
}

/// A service's sheet: a row per control.
fn service_sheet(matrix: &Matrix, service: Service, lang: Lang, styles: &Styles) -> Result<Worksheet, XlsxError> {
    let mut sheet = Sheet::new(service.label(lang))?;
    for (col, h) in (0u16..).zip(&SERVICE_COLUMNS) {
        sheet.put(0, col, h.get(lang), &styles.header)?;
    }
    let mut row = 0;
    for cell in matrix.for_service(service) {
        row += 1;
        let c = cell.control();
        let chapter = c.chapter();
        let stated = cell
            .stated_owner()
            .map_or(pick(lang, "not stated by the document", "文書に記載なし"), |o| o.label(lang));
        let owner_basis = match cell.owner_basis() {
            Some(basis) => basis.label(lang),
            None => cell.basis().label(lang),
        };
        let iso = |edition| c.qualified_ids(edition).join("\n");
        // The later editions' ids with how each is known: a nearest fit or a judgement must not read as a table row.
        let crosswalk = |cws: &[crate::iso::Crosswalk]| crosswalk_text(cws, lang).replace("; ", "\n");
        let withheld: Vec<String> = cell.withheld().iter().map(|w| w.label(lang).to_owned()).collect();
        let text = [
            (cell.section().to_owned(), &styles.text),
            (c.to_string(), &styles.text),
            (chapter_name(chapter, lang), &styles.text),
            (c.title_en().to_owned(), &styles.text),
            (c.label(Lang::Ja).to_owned(), &styles.text),
            (owner_label(cell, lang), &styles.owner(cell.owner(), cell.owner_basis())),
            (owner_basis.to_owned(), &styles.text),
            (stated.to_owned(), &styles.text),
            (cell.basis().label(lang).to_owned(), &styles.text),
            (tagged_duties(cell, Party::Provider, lang).collect::<Vec<_>>().join("\n"), &styles.text),
            (tagged_duties(cell, Party::Customer, lang).collect::<Vec<_>>().join("\n"), &styles.text),
            (capabilities(cell, lang).replace("; ", "\n"), &styles.text),
            (withheld.join("\n"), &styles.text),
            (reasons(cell, lang).join("\n"), &styles.text),
            (iso(Edition::Iso27002_2005), &styles.text),
            (crosswalk(c.iso27001_2013()), &styles.text),
            (crosswalk(c.iso27001_2022()), &styles.text),
            (citation(cell, lang), &styles.text),
        ];
        for (col, (value, format)) in (0u16..).zip(&text) {
            sheet.put(row, col, value, format)?;
        }
    }
    sheet.table(0, row, SERVICE_COLUMNS.len() as u16 - 1)?;
    sheet.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_over_excels_limit_is_cut_and_marked() {
        assert_eq!(fit("short"), "short");
        let long = "あ".repeat(MAX_CELL_TEXT + 10);
        let cut = fit(&long);
        assert_eq!(cut.encode_utf16().count(), MAX_CELL_TEXT);
        assert!(cut.ends_with("あ…"));
        // A character outside the BMP takes two UTF-16 units and is never split.
        let astral = "𠮷".repeat(MAX_CELL_TEXT);
        assert!(fit(&astral).encode_utf16().count() <= MAX_CELL_TEXT);
    }

    #[test]
    fn japanese_counts_double() {
        assert!((width("abc") - 3.0).abs() < f64::EPSILON);
        assert!((width("責任の割当て") - 12.0).abs() < f64::EPSILON);
        assert!((width("ＩＤＣ") - 6.0).abs() < f64::EPSILON);
    }
}
