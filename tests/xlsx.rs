//! The workbook read back by independent readers: calamine for the cells and their styles, the zip archive for
//! frozen panes, filters, column widths and the creation date. Feature `xlsx`.
#![allow(clippy::cast_precision_loss, reason = "character counts of a few dozen, as column widths")]

use std::io::{Cursor, Read as _};

use calamine::{Data, Range, Reader as _, Xlsx, open_workbook_from_rs};
use idcf_responsibility::export::{self, Format};
use idcf_responsibility::{Control, Lang, Matrix, Owner, OwnerBasis, Party, Service, document::Document};

fn book(lang: Lang) -> Vec<u8> {
    export::xlsx(Matrix::builtin(), lang).unwrap()
}

fn open(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap()
}

/// The text of a cell (absolute position); empty for an empty cell.
fn text(range: &Range<Data>, row: u32, col: u32) -> String {
    match range.get_value((row, col)) {
        Some(Data::String(s)) => s.clone(),
        Some(Data::Empty) | None => String::new(),
        Some(other) => panic!("({row}, {col}) holds {other:?}, not text"),
    }
}

fn row_texts(range: &Range<Data>, row: u32) -> Vec<String> {
    let width = range.end().unwrap().1;
    (0..=width).map(|col| text(range, row, col)).collect()
}

/// A part of the archive, as text.
fn part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = String::new();
    archive.by_name(name).unwrap().read_to_string(&mut out).unwrap();
    out
}

/// The owner as the workbook prints it: the label, `*` when it rests on our inference.
fn owner_text(m: &Matrix, service: Service, control: Control, lang: Lang) -> String {
    let cell = m.cell(service, control);
    match (cell.owner(), cell.owner_basis()) {
        (Some(o), Some(OwnerBasis::Inferred)) => format!("{}*", o.label(lang)),
        (Some(o), _) => o.label(lang).to_owned(),
        (None, _) => if lang == Lang::En { "not applicable" } else { "対象外" }.to_owned(),
    }
}

#[test]
fn sheets_are_the_overview_and_one_per_service() {
    for &lang in Lang::ALL {
        let names = open(&book(lang)).sheet_names();
        let mut expected = vec![if lang == Lang::En { "Overview" } else { "概要" }.to_owned()];
        expected.extend(Service::ALL.iter().map(|s| s.label(lang).to_owned()));
        assert_eq!(names, expected);
    }
}

#[test]
fn overview_is_the_grid_of_owners_with_the_caveats() {
    let m = Matrix::builtin();
    for &lang in Lang::ALL {
        let bytes = book(lang);
        let mut wb = open(&bytes);
        let name = wb.sheet_names()[0].clone();
        let range = wb.worksheet_range(&name).unwrap();
        // The caveats come before the grid, every one of them.
        let header_row = (0..20).find(|&r| text(&range, r, 0) == if lang == Lang::En { "§" } else { "節" }).unwrap();
        let above: Vec<String> = (0..header_row).map(|r| text(&range, r, 0)).collect();
        for caveat in Document::builtin().caveats.iter() {
            assert!(above.iter().any(|t| t == caveat.get(lang)), "caveat missing: {}", caveat.get(lang));
        }
        let mut header = vec![
            if lang == Lang::En { "§" } else { "節" },
            if lang == Lang::En { "Chapter" } else { "章" },
            if lang == Lang::En { "Control" } else { "管理策" },
        ];
        header.extend(Service::ALL.iter().map(|s| s.label(lang)));
        assert_eq!(row_texts(&range, header_row), header);
        // Every cell of the grid is the matrix's owner.
        for (row, &control) in (header_row + 1..).zip(Control::ALL) {
            assert_eq!(text(&range, row, 0), control.section());
            assert_eq!(text(&range, row, 2), control.label(lang));
            for (col, &service) in (3..).zip(Service::ALL) {
                assert_eq!(text(&range, row, col), owner_text(m, service, control, lang), "{service} {control}");
            }
        }
        assert_eq!(range.end().unwrap().0, header_row + 68);
        // The known cell: Object Storage's back-up rests on our inference that the customer owns it.
        let row = header_row + 1 + Control::ALL.iter().position(|&c| c == Control::InformationBackup).unwrap() as u32;
        let storage = 3 + Service::ObjectStorage.index() as u32;
        assert_eq!(text(&range, row, storage), format!("{}*", Owner::Customer.label(lang)));
        // Coloured by owner, inferred owners in italics.
        let styles = wb.worksheet_style(&name).unwrap();
        let style = styles.get((row, storage)).unwrap();
        let fill = style.fill.as_ref().and_then(calamine::Fill::get_color).unwrap();
        assert_eq!((fill.red, fill.green, fill.blue), (0xFF, 0xE2, 0xC4), "customer orange");
        assert!(style.font.as_ref().unwrap().is_italic());
        let stated = styles.get((row, 3)).unwrap();
        assert!(!stated.font.as_ref().is_some_and(calamine::Font::is_italic), "IDCF Cloud's owner is stated");
        let provider_row = header_row + 1; // 2.1.1, the provider's
        let fill = styles.get((provider_row, 3)).unwrap().fill.as_ref().and_then(calamine::Fill::get_color).unwrap();
        assert_eq!((fill.red, fill.green, fill.blue), (0xCF, 0xE3, 0xFF), "provider blue");
        // Header frozen, filter over the grid.
        let xml = part(&bytes, "xl/worksheets/sheet1.xml");
        assert!(
            xml.contains(&format!("ySplit=\"{}\"", header_row + 1)) && xml.contains("state=\"frozen\""),
            "{xml:.400}"
        );
        assert!(xml.contains(&format!("<autoFilter ref=\"A{}:H{}\"", header_row + 1, header_row + 69)));
    }
}

/// The header of a service's sheet.
const HEADER_EN: [&str; 18] = [
    "§",
    "Control id",
    "Chapter",
    "Title",
    "Title (Japanese)",
    "Owner",
    "Owner basis",
    "Owner by stated duties",
    "Basis",
    "What the provider does",
    "What the customer does",
    "Capabilities offered",
    "Not disclosed",
    "Why (our inference, or the customer's decision)",
    "ISO/IEC 27002:2005",
    "ISO/IEC 27001:2013",
    "ISO/IEC 27001:2022",
    "Source in the document",
];

#[test]
fn every_service_sheet_has_a_row_per_control() {
    let m = Matrix::builtin();
    for &lang in Lang::ALL {
        let bytes = book(lang);
        let mut wb = open(&bytes);
        for (sheet_no, &service) in (2..).zip(Service::ALL) {
            let range = wb.worksheet_range(service.label(lang)).unwrap();
            let header = row_texts(&range, 0);
            if lang == Lang::En {
                assert_eq!(header, HEADER_EN);
            } else {
                assert_eq!(header.len(), HEADER_EN.len());
                assert_eq!(header[5], "担当");
                assert!(
                    header.iter().all(|h| !HEADER_EN[1..].contains(&h.as_str()) || h.starts_with("ISO")),
                    "{header:?}"
                );
            }
            let col = |name: &str| HEADER_EN.iter().position(|h| *h == name).unwrap() as u32;
            assert_eq!(range.end().unwrap().0, 68);
            for (row, cell) in (1..).zip(m.for_service(service)) {
                let c = cell.control();
                assert_eq!(text(&range, row, col("§")), cell.section());
                assert_eq!(text(&range, row, col("Control id")), c.id());
                assert_eq!(text(&range, row, col("Title")), c.title_en());
                assert_eq!(text(&range, row, col("Title (Japanese)")), c.label(Lang::Ja));
                assert_eq!(text(&range, row, col("Owner")), owner_text(m, service, c, lang));
                let customer = text(&range, row, col("What the customer does"));
                for d in cell.duties_of(Party::Customer) {
                    assert!(customer.contains(d.text.get(lang)), "{customer}");
                    assert!(customer.contains(d.kind.label(lang)) && customer.contains(d.layer.label(lang)));
                }
                let inferred = cell.duties().iter().filter(|d| !d.is_stated()).count();
                let marks =
                    text(&range, row, col("What the provider does")).matches(OwnerBasis::Inferred.label(lang)).count()
                        + customer.matches(OwnerBasis::Inferred.label(lang)).count();
                assert_eq!(marks, inferred, "{service} {c}");
                assert!(text(&range, row, col("Source in the document")).starts_with(&format!("§{}", cell.section())));
            }
            // Header frozen and filtered.
            let xml = part(&bytes, &format!("xl/worksheets/sheet{sheet_no}.xml"));
            assert!(xml.contains("ySplit=\"1\"") && xml.contains("state=\"frozen\""));
            assert!(xml.contains("<autoFilter ref=\"A1:R69\""));
        }
    }
}

#[test]
fn a_known_cell_per_sheet() {
    // (service, control, owner, owner basis, owner by stated duties) as the document and our judgements give them.
    let known = [
        (Service::IdcfCloud, "6.5.1", Owner::Customer, OwnerBasis::DerivedFromStated, Some(Owner::Customer)),
        (Service::SelfCloud, "2.1.1", Owner::Provider, OwnerBasis::DerivedFromStated, Some(Owner::Provider)),
        (Service::ManagedCloud, "6.5.2", Owner::Shared, OwnerBasis::DerivedFromStated, Some(Owner::Shared)),
        (Service::PrivateCloud, "6.3.1", Owner::Shared, OwnerBasis::Inferred, Some(Owner::Provider)),
        (Service::ObjectStorage, "6.5.1", Owner::Customer, OwnerBasis::Inferred, None),
    ];
    for &lang in Lang::ALL {
        let mut wb = open(&book(lang));
        for (service, section, owner, basis, stated) in known {
            let range = wb.worksheet_range(service.label(lang)).unwrap();
            let row = (1..=68).find(|&r| text(&range, r, 0) == section).unwrap();
            let star = if basis == OwnerBasis::Inferred { "*" } else { "" };
            assert_eq!(text(&range, row, 5), format!("{}{star}", owner.label(lang)), "{service} {section}");
            assert_eq!(text(&range, row, 6), basis.label(lang), "{service} {section}");
            let stated_text = stated
                .map_or(if lang == Lang::En { "not stated by the document" } else { "文書に記載なし" }, |o| {
                    o.label(lang)
                });
            assert_eq!(text(&range, row, 7), stated_text, "{service} {section}");
        }
        let range = wb.worksheet_range(Service::ObjectStorage.label(lang)).unwrap();
        let row = (1..=68).find(|&r| text(&range, r, 0) == "6.5.1").unwrap();
        assert!(text(&range, row, 13).contains("3.1.1"), "the reason cites 3.1.1");
        assert!(text(&range, row, 14).contains("iso27002-2005:10.5.1"));
    }
}

/// The width of each column of a sheet, from its `<col min max width>` elements (adjacent columns of one width
/// share an element).
fn column_widths(bytes: &[u8], sheet: usize) -> Vec<f64> {
    let xml = part(bytes, &format!("xl/worksheets/sheet{sheet}.xml"));
    let attr = |col: &str, name: &str| -> String {
        col.split(&format!("{name}=\"")).nth(1).unwrap().split('"').next().unwrap().to_owned()
    };
    let mut widths = Vec::new();
    for col in xml.split("<col ").skip(1) {
        let (min, max): (usize, usize) = (attr(col, "min").parse().unwrap(), attr(col, "max").parse().unwrap());
        assert_eq!(min, widths.len() + 1, "columns in order, none skipped");
        widths.extend(std::iter::repeat_n(attr(col, "width").parse::<f64>().unwrap(), max - min + 1));
    }
    widths
}

#[test]
fn columns_fit_their_text_in_both_languages() {
    // Excel counts column widths in digits; a Japanese character is about two. Text wider than 60 wraps.
    let fits = |needed: f64, width: f64| width >= needed.min(60.0);
    for &lang in Lang::ALL {
        let bytes = book(lang);
        for sheet in 2..=6 {
            let w = column_widths(&bytes, sheet);
            assert_eq!(w.len(), 18);
            let longest_ja = Control::ALL.iter().map(|c| c.title_ja().chars().count()).max().unwrap() as f64;
            assert!(fits(2.0 * longest_ja, w[4]), "Japanese titles fit: {w:?}");
            let longest_en = Control::ALL.iter().map(|c| c.title_en().len()).max().unwrap() as f64;
            assert!(fits(longest_en, w[3]), "English titles fit: {w:?}");
            let owner = Owner::ALL.iter().map(|o| o.label(lang).chars().count()).max().unwrap() as f64;
            assert!(fits(owner * if lang == Lang::Ja { 2.0 } else { 1.0 }, w[5]), "owners fit: {w:?}");
            assert!(w.iter().all(|&x| x <= 61.0), "long text wraps instead of widening the sheet: {w:?}");
            assert!(w[0] < 10.0 && w[9] >= 40.0, "the section column is narrow, the parts are wide: {w:?}");
        }
        let overview = column_widths(&bytes, 1);
        assert_eq!(overview.len(), 8);
        for (col, &service) in (3..).zip(Service::ALL) {
            let name = service.label(lang);
            let needed: f64 = name.chars().map(|c| if c.is_ascii() { 1.0 } else { 2.0 }).sum();
            assert!(fits(needed, overview[col]), "{name} fits: {overview:?}");
        }
    }
}

#[test]
fn the_workbook_is_deterministic_and_dated_by_the_document() {
    for &lang in Lang::ALL {
        let bytes = book(lang);
        assert_eq!(bytes, book(lang));
        assert_eq!(bytes, export::render(Matrix::builtin(), Format::Xlsx, lang).unwrap());
        let core = part(&bytes, "docProps/core.xml");
        let released = format!(">{}T00:00:00Z</dcterms:", idcf_responsibility::DATASET_RELEASED);
        assert!(core.contains(&format!("{released}created>")), "{core}");
        assert!(core.contains(&format!("{released}modified>")), "{core}");
    }
    assert_ne!(book(Lang::En), book(Lang::Ja));
    let mut written = Vec::new();
    export::write(Matrix::builtin(), Format::Xlsx, Lang::Ja, &mut written).unwrap();
    assert_eq!(written, book(Lang::Ja));
    assert!(!Format::Xlsx.is_text() && Format::Xlsx.has_lang());
}
