//! The matrix as JSON: export, validated import, and the JSON Schema of the export.
//!
//! The export is one object: the dataset name and version, the document metadata, the 68 controls, and the
//! 340 cells. Every id is kebab-case; ISO ids carry their scheme. Loading checks everything a hand edit can break
//! and names the place of the first fault.
//!
//! ```
//! use idcf_responsibility::{json::MatrixExport, Matrix};
//! let text = Matrix::builtin().to_json()?;
//! let export: MatrixExport = serde_json::from_str(&text).unwrap();
//! assert_eq!(export.controls.len(), 68);
//! assert_eq!(Matrix::from_json(&text)?, *Matrix::builtin());
//! # Ok::<(), idcf_responsibility::Error>(())
//! ```

use std::borrow::Cow;

use crate::{
    Basis, Category, Cell, CellBasis, Chapter, Control, Duty, Inconsistency, Matrix, Owner, OwnerBasis, Service, Text,
    Withheld,
    document::Document,
    iso::{Crosswalk, IsoMapping},
};

/// The largest JSON document [`Matrix::from_json`] reads, in bytes (the built-in export is about 0.5 MiB).
///
/// ```
/// use idcf_responsibility::{json::MAX_JSON_BYTES, Matrix};
/// assert!(Matrix::builtin().to_json()?.len() < MAX_JSON_BYTES);
/// assert!(Matrix::from_json(&" ".repeat(MAX_JSON_BYTES + 1)).is_err());
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
pub const MAX_JSON_BYTES: usize = 16 * 1024 * 1024;

/// The name and version of the dataset an export carries.
///
/// ```
/// use idcf_responsibility::json::Dataset;
/// assert_eq!(Dataset::current().version, idcf_responsibility::DATASET_VERSION);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Dataset {
    /// [`crate::DATASET`].
    #[cfg_attr(feature = "schemars", schemars(extend("const" = crate::DATASET)))]
    pub name: Cow<'static, str>,
    /// [`crate::DATASET_VERSION`].
    #[cfg_attr(feature = "schemars", schemars(extend("const" = crate::DATASET_VERSION)))]
    pub version: Cow<'static, str>,
}

impl Dataset {
    /// The dataset this crate carries.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::json::Dataset::current().name, idcf_responsibility::DATASET);
    /// ```
    #[must_use]
    pub const fn current() -> Dataset {
        Dataset { name: Cow::Borrowed(crate::DATASET), version: Cow::Borrowed(crate::DATASET_VERSION) }
    }
}

/// One control as the export lists it: its section, titles, place in the document and ISO counterpart.
///
/// ```
/// use idcf_responsibility::{json::ControlInfo, Control};
/// let info = ControlInfo::of(Control::SecureLogOn);
/// assert_eq!(info.section, "7.4.1");
/// assert_eq!(info.iso27002_2005.unwrap().id, "11.5.1");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ControlInfo {
    /// The control id.
    pub control: Control,
    /// The section id in the document.
    #[cfg_attr(feature = "schemars", schemars(regex(pattern = r"^[0-9]+\.[0-9]+\.[0-9]+$")))]
    pub section: Cow<'static, str>,
    /// The Japanese title as printed (cleaned of text defects).
    pub title_ja: Cow<'static, str>,
    /// An English title.
    pub title_en: Cow<'static, str>,
    /// The chapter.
    pub chapter: Chapter,
    /// The category (heading).
    pub category: Category,
    /// The ISO/IEC 27002:2005 control it answers, if any.
    pub iso27002_2005: Option<IsoMapping>,
    /// Its ISO/IEC 27001:2013 Annex A counterparts, identified or nearest fit.
    pub iso27001_2013: Vec<Crosswalk>,
    /// Its ISO/IEC 27001:2022 Annex A counterparts, through Table B.2, nearest fit or our judgement.
    pub iso27001_2022: Vec<Crosswalk>,
}

impl ControlInfo {
    /// The information of one control.
    ///
    /// ```
    /// use idcf_responsibility::{json::ControlInfo, Control};
    /// assert_eq!(ControlInfo::of(Control::Teleworking).title_ja, "テレワーキング");
    /// ```
    #[must_use]
    pub fn of(control: Control) -> ControlInfo {
        ControlInfo {
            control,
            section: Cow::Borrowed(control.section()),
            title_ja: Cow::Borrowed(control.title_ja()),
            title_en: Cow::Borrowed(control.title_en()),
            chapter: control.chapter(),
            category: control.category(),
            iso27002_2005: control.iso27002_2005(),
            iso27001_2013: control.iso27001_2013().to_vec(),
            iso27001_2022: control.iso27001_2022().to_vec(),
        }
    }
}

/// The JSON form of a [`Matrix`]: what `Matrix::to_json` writes and `Matrix::from_json` reads.
///
/// ```
/// use idcf_responsibility::{json::MatrixExport, Matrix};
/// let export = MatrixExport::from(Matrix::builtin());
/// assert_eq!(export.cells.len(), 340);
/// assert_eq!(Matrix::try_from(export)?, *Matrix::builtin());
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct MatrixExport {
    /// The dataset's name and version.
    pub dataset: Dataset,
    /// The source document's metadata.
    pub document: Document,
    /// The 68 controls, in document order.
    #[cfg_attr(feature = "schemars", schemars(length(min = 68, max = 68)))]
    pub controls: Vec<ControlInfo>,
    /// The 340 cells, service by service, each in document order.
    #[cfg_attr(feature = "schemars", schemars(length(min = 340, max = 340)))]
    pub cells: Vec<CellRecord>,
}

/// One cell as JSON: what [`Cell`] holds, with its derived values written out for readers in other languages
/// (owner, where the owner comes from, the stated owner, the basis). Loading derives them again from the duties:
/// a hand-edited copy may leave them out (they are derived, as [`Overlay::apply`](crate::plan::Overlay::apply) does),
/// and a record whose written values contradict its duties is refused, every contradicting field named at once.
///
/// ```
/// use idcf_responsibility::{json::CellRecord, Control, Matrix, Service};
/// let record = CellRecord::from(Matrix::builtin().cell(Service::ObjectStorage, Control::InformationBackup));
/// assert_eq!(record.section, "6.5.1");
/// assert_eq!(record.stated_owner, None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(transform = applicability_rules))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CellRecord {
    /// The service.
    pub service: Service,
    /// The control id.
    pub control: Control,
    /// The section of the document: the citation.
    #[cfg_attr(feature = "schemars", schemars(regex(pattern = r"^[0-9]+\.[0-9]+\.[0-9]+$")))]
    pub section: Cow<'static, str>,
    /// Whether the control applies to the service.
    pub applicable: bool,
    /// Why it does not apply and whose judgement that is (ours: `inferred`; the customer's: `tailored`); null
    /// when it applies.
    pub not_applicable: Option<Basis>,
    /// How much of the cell the document states.
    pub basis: CellBasis,
    /// The owner from all duties; null when not applicable.
    pub owner: Option<Owner>,
    /// Whether the owner follows from the stated duties or rests on our inference; null when not applicable.
    pub owner_basis: Option<OwnerBasis>,
    /// The owner by the stated duties alone; null when the document does not say.
    pub stated_owner: Option<Owner>,
    /// What the section says, in our own words.
    pub summary: Text,
    /// What each party does.
    pub duties: Vec<Duty>,
    /// What the provider states it does not disclose.
    pub withheld: Vec<Withheld>,
}

/// What a cell record may hold when read: the derived fields may be left out (`None`), to be derived.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(clippy::option_option, reason = "a field left out (derive it) is not a field written null (not applicable)")]
struct CellInput {
    service: Service,
    control: Control,
    section: Cow<'static, str>,
    applicable: bool,
    not_applicable: Option<Basis>,
    #[serde(default)]
    basis: Option<CellBasis>,
    #[serde(default, deserialize_with = "present")]
    owner: Option<Option<Owner>>,
    #[serde(default, deserialize_with = "present")]
    owner_basis: Option<Option<OwnerBasis>>,
    #[serde(default, deserialize_with = "present")]
    stated_owner: Option<Option<Owner>>,
    summary: Text,
    duties: Vec<Duty>,
    withheld: Vec<Withheld>,
}

/// A field that is there, `null` included (`Some(None)`); a missing one is `None` through `#[serde(default)]`.
fn present<'de, D: serde::Deserializer<'de>, T: serde::Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

impl<'de> serde::Deserialize<'de> for CellRecord {
    /// Reads a record; a derived field left out is derived from the duties (when they make a cell: otherwise
    /// building the cell reports what is wrong).
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let input = CellInput::deserialize(deserializer)?;
        let derived = if input.basis.is_none()
            || input.owner.is_none()
            || input.owner_basis.is_none()
            || input.stated_owner.is_none()
        {
            let (duties, withheld, summary) = (input.duties.clone(), input.withheld.clone(), input.summary.clone());
            match (input.applicable, &input.not_applicable) {
                (true, None) => Cell::new(input.service, input.control, duties, withheld, summary).ok(),
                (false, Some(reason)) => {
                    Cell::not_applicable(input.service, input.control, reason.clone(), summary).ok()
                }
                _ => None,
            }
        } else {
            None
        };
        let d = derived.as_ref();
        Ok(CellRecord {
            service: input.service,
            control: input.control,
            section: input.section,
            applicable: input.applicable,
            not_applicable: input.not_applicable,
            basis: input.basis.or_else(|| d.map(Cell::basis)).unwrap_or(CellBasis::Stated),
            owner: input.owner.unwrap_or_else(|| d.and_then(Cell::owner)),
            owner_basis: input.owner_basis.unwrap_or_else(|| d.and_then(Cell::owner_basis)),
            stated_owner: input.stated_owner.unwrap_or_else(|| d.and_then(Cell::stated_owner)),
            summary: input.summary,
            duties: input.duties,
            withheld: input.withheld,
        })
    }
}

impl From<&Cell> for CellRecord {
    fn from(cell: &Cell) -> Self {
        CellRecord {
            service: cell.service(),
            control: cell.control(),
            section: Cow::Borrowed(cell.section()),
            applicable: cell.is_applicable(),
            not_applicable: cell.not_applicable_basis().cloned(),
            basis: cell.basis(),
            owner: cell.owner(),
            owner_basis: cell.owner_basis(),
            stated_owner: cell.stated_owner(),
            summary: cell.summary().clone(),
            duties: cell.duties().to_vec(),
            withheld: cell.withheld().to_vec(),
        }
    }
}

impl TryFrom<CellRecord> for Cell {
    type Error = Inconsistency;

    /// Builds the cell a record describes, checking that its written values agree with what its duties give.
    fn try_from(record: CellRecord) -> Result<Cell, Inconsistency> {
        let place = format!("{}, {}", record.service, record.control.section());
        cell_from_record(record).map_err(|problem| inconsistent(place, problem))
    }
}

/// The cell of a record, or what is wrong with it.
fn cell_from_record(record: CellRecord) -> Result<Cell, String> {
    let CellRecord {
        service,
        control,
        section,
        applicable,
        not_applicable,
        basis,
        owner,
        owner_basis,
        stated_owner,
        summary,
        duties,
        withheld,
    } = record;
    if section != control.section() {
        return Err(format!("section is {section:?}, but {control} is section {}", control.section()));
    }
    let problem = |e: Inconsistency| match e.place.split_once(", duties") {
        Some((_, at)) => format!("duties{at}: {}", e.problem),
        None => e.problem,
    };
    let cell = match (applicable, not_applicable) {
        (true, None) => Cell::new(service, control, duties, withheld, summary).map_err(problem)?,
        (false, Some(reason)) => {
            if !duties.is_empty() || !withheld.is_empty() {
                return Err("a cell that is not applicable still carries duties or withheld items".into());
            }
            Cell::not_applicable(service, control, reason, summary).map_err(problem)?
        }
        (true, Some(_)) => return Err("an applicable cell has not_applicable; expected null".into()),
        (false, None) => return Err("a cell that is not applicable needs not_applicable, with its reason".into()),
    };
    let show = |v: Option<&'static str>| v.unwrap_or("null").to_owned();
    let contradictions: Vec<String> = [
        ("owner", show(owner.map(Into::into)), show(cell.owner().map(Into::into))),
        ("owner_basis", show(owner_basis.map(Into::into)), show(cell.owner_basis().map(Into::into))),
        ("stated_owner", show(stated_owner.map(Into::into)), show(cell.stated_owner().map(Into::into))),
        ("basis", basis.to_string(), cell.basis().to_string()),
    ]
    .into_iter()
    .filter(|(_, written, derived)| written != derived)
    .map(|(field, written, derived)| format!("{field} is {written} but the duties give {derived}"))
    .collect();
    if contradictions.is_empty() {
        Ok(cell)
    } else {
        Err(format!("{} (leave the derived fields out to have them derived)", contradictions.join("; ")))
    }
}

impl serde::Serialize for Cell {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        CellRecord::from(self).serialize(serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Cell {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Cell::try_from(CellRecord::deserialize(deserializer)?).map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Cell {
    fn schema_name() -> Cow<'static, str> {
        CellRecord::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        CellRecord::json_schema(generator)
    }
}

impl From<&Matrix> for MatrixExport {
    fn from(matrix: &Matrix) -> Self {
        MatrixExport {
            dataset: Dataset::current(),
            document: Document::builtin().clone(),
            controls: Control::ALL.iter().map(|&c| ControlInfo::of(c)).collect(),
            cells: matrix.cells().map(CellRecord::from).collect(),
        }
    }
}

fn inconsistent(place: impl Into<String>, problem: impl Into<String>) -> Inconsistency {
    Inconsistency::new(crate::Subject::Matrix, place, problem)
}

impl TryFrom<MatrixExport> for Matrix {
    type Error = Inconsistency;

    /// Validates an export and builds the matrix. Fails at the first fault, naming its place: a dataset other
    /// than this crate's, document or control facts that differ from the crate's, a cell whose section is not
    /// its control's, an applicable cell without duties or with an owner its duties contradict, a cell marked
    /// not applicable that still carries duties, an owner or withheld items, an inference without a reason,
    /// empty text, and duplicate or missing cells.
    fn try_from(export: MatrixExport) -> Result<Self, Inconsistency> {
        let MatrixExport { dataset, document, controls, cells } = export;
        if dataset != Dataset::current() {
            return Err(inconsistent(
                "dataset",
                format!(
                    "dataset {} version {} is not the one this crate reads ({} version {})",
                    dataset.name,
                    dataset.version,
                    crate::DATASET,
                    crate::DATASET_VERSION
                ),
            ));
        }
        if &document != Document::builtin() {
            return Err(inconsistent("document", "the document metadata differs from the crate's; it is not editable"));
        }
        check_controls(&controls)?;
        let mut slots: Vec<Option<Cell>> = vec![None; Service::COUNT * Control::COUNT];
        for (i, record) in cells.into_iter().enumerate() {
            let place = format!("cells[{i}] ({}, {})", record.service, record.control.section());
            let cell = cell_from_record(record).map_err(|problem| inconsistent(&place, problem))?;
            let slot = slots
                .get_mut(cell.service().index() * Control::COUNT + cell.control().index())
                .ok_or_else(|| inconsistent(&place, "cell index out of range"))?;
            if slot.is_some() {
                return Err(inconsistent(place, "duplicate cell: this service and control already have one"));
            }
            *slot = Some(cell);
        }
        let mut ordered = Vec::with_capacity(slots.len());
        for (i, slot) in slots.into_iter().enumerate() {
            let Some(cell) = slot else {
                let service = Service::ALL.get(i / Control::COUNT).map_or("?", |s| s.id());
                let section = Control::ALL.get(i % Control::COUNT).map_or("?", |c| c.section());
                return Err(inconsistent("cells", format!("missing cell for {service}, section {section}")));
            };
            ordered.push(cell);
        }
        Matrix::from_ordered(ordered).map_err(|_| inconsistent("cells", "wrong number of cells"))
    }
}

fn check_controls(controls: &[ControlInfo]) -> Result<(), Inconsistency> {
    if controls.len() != Control::COUNT {
        return Err(inconsistent(
            "controls",
            format!("{} controls listed; the document has {}", controls.len(), Control::COUNT),
        ));
    }
    for (i, (info, &control)) in controls.iter().zip(Control::ALL).enumerate() {
        let expected = ControlInfo::of(control);
        if *info != expected {
            let field = if info.control != expected.control {
                "control"
            } else if info.section != expected.section {
                "section"
            } else if info.title_ja != expected.title_ja || info.title_en != expected.title_en {
                "title"
            } else if info.chapter != expected.chapter || info.category != expected.category {
                "chapter or category"
            } else {
                "iso"
            };
            return Err(inconsistent(
                format!("controls[{i}].{field}"),
                format!("differs from the crate's facts for section {}; controls are not editable", control.section()),
            ));
        }
    }
    Ok(())
}

/// The matrix as its export ([`Matrix::to_json`]).
pub(crate) fn matrix_to_json(matrix: &Matrix) -> Result<String, crate::Error> {
    to_pretty("matrix", &MatrixExport::from(matrix))
}

/// Loads and validates a matrix ([`Matrix::from_json`]).
pub(crate) fn matrix_from_json(json: &str) -> Result<Matrix, LoadError> {
    let export: MatrixExport = read(crate::json::FileKind::Matrix, json)?;
    Matrix::try_from(export).map_err(|i| LoadError::inconsistent(crate::json::FileKind::Matrix, i))
}

/// A value as pretty-printed JSON, or the error that says why not: never an empty string.
pub(crate) fn to_pretty<T: serde::Serialize + ?Sized>(what: &'static str, value: &T) -> Result<String, crate::Error> {
    serde_json::to_string_pretty(value).map_err(|e| crate::Error::ToJson { what, message: e.to_string() })
}

/// Reads a typed JSON document of a kind: refuses input over [`MAX_JSON_BYTES`] before parsing, skips a leading
/// byte-order mark, names the path, line and column of a fault with the reader's complaint in the crate's words as
/// its cause, and refuses trailing content. Shared by every loader of the crate.
pub(crate) fn read<T: serde::de::DeserializeOwned>(file: crate::json::FileKind, json: &str) -> Result<T, LoadError> {
    if json.len() > MAX_JSON_BYTES {
        return Err(LoadError::TooLarge { file, bytes: json.len(), limit: MAX_JSON_BYTES });
    }
    let json = json.strip_prefix('\u{FEFF}').unwrap_or(json);
    let fault = |path: String, source: &serde_json::Error| LoadError::Json {
        file,
        source: reworded(source, &path),
        path,
        line: source.line(),
        column: source.column(),
    };
    let mut de = serde_json::Deserializer::from_str(json);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = path_string(e.path());
        fault(path, e.inner())
    })?;
    de.end().map_err(|source| fault(".".into(), &source))?;
    Ok(value)
}

/// The JSON reader's complaint in the crate's words: without its position (the [`LoadError`] carries it), without
/// the crate's type names (`expected struct MatrixExport with 4 elements` is `expected a JSON object`), and with
/// the closest ids or fields for an unknown one instead of the whole list.
fn reworded(error: &serde_json::Error, path: &str) -> crate::json::JsonError {
    let full = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    let message = full.strip_suffix(&position).unwrap_or(&full);
    // An unknown id is named by its field (`unknown control "informaton-backup"`), as typed input is.
    let field = path
        .rsplit(['.', '['])
        .next()
        .filter(|f| !f.is_empty() && f.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
    let value = field.map_or_else(|| "value".to_owned(), |f| f.replace('_', " "));
    for (what, marker) in [(value.as_str(), "unknown variant `"), ("field", "unknown field `")] {
        if let Some(rest) = message.strip_prefix(marker) {
            if let Some((input, list)) = rest.split_once("`, expected one of ") {
                let accepted: Vec<&str> = list.split(", ").map(|id| id.trim_matches('`')).collect();
                let suggestions: Vec<String> =
                    crate::vocab::closest(input, &accepted).into_iter().map(str::to_owned).collect();
                let hint = match suggestions.as_slice() {
                    [] => String::new(),
                    [one] => format!("; did you mean {one}?"),
                    many => format!("; did you mean one of {}?", many.join(", ")),
                };
                let expected = if accepted.len() <= 8 {
                    format!("expected one of {}", accepted.join(", "))
                } else {
                    format!("expected one of {} ids", accepted.len())
                };
                return crate::json::JsonError {
                    message: format!("unknown {what} {input:?}{hint}; {expected}"),
                    suggestions,
                };
            }
        }
    }
    crate::json::JsonError { message: without_type_names(message), suggestions: Vec::new() }
}

/// `struct X`, `struct X with N elements`, `internally tagged enum X`, `enum X`, `struct variant X::Y` and
/// `tuple struct X` in a reader's message, said without the crate's type names.
fn without_type_names(message: &str) -> String {
    let mut out = String::new();
    let mut words = message.split(' ').peekable();
    while let Some(word) = words.next() {
        let replacement = match word {
            "struct" | "map" if words.peek().is_some_and(|w| w.starts_with(char::is_uppercase)) => {
                words.next();
                if words.peek() == Some(&"with") {
                    words.next();
                    words.next();
                    if let Some(last) = words.next() {
                        // `elements` or `element`, possibly followed by punctuation.
                        out.push_str("a JSON object");
                        out.push_str(last.trim_start_matches(char::is_alphabetic));
                        out.push(' ');
                        continue;
                    }
                }
                "a JSON object"
            }
            "internally" if words.peek() == Some(&"tagged") => {
                words.next();
                words.next();
                words.next();
                "an object with its tag"
            }
            "enum" | "variant" if words.peek().is_some_and(|w| w.starts_with(char::is_uppercase)) => {
                words.next();
                "one of its ids"
            }
            _ => word,
        };
        out.push_str(replacement);
        out.push(' ');
    }
    out.pop();
    out
}

/// A JSON path as `cells[12].duties[0].party`; a key that is empty or not a plain name is quoted
/// (`document[""]`), and the root is `.`.
fn path_string(path: &serde_path_to_error::Path) -> String {
    use std::fmt::Write as _;

    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Seq { index } => {
                let _ = write!(out, "[{index}]");
            }
            Segment::Map { key } | Segment::Enum { variant: key } => {
                let plain = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
                if plain {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(key);
                } else {
                    let _ = write!(out, "[{key:?}]");
                }
            }
            Segment::Unknown => out.push_str(if out.is_empty() { "?" } else { ".?" }),
        }
    }
    if out.is_empty() { ".".to_owned() } else { out }
}

impl serde::Serialize for Matrix {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        MatrixExport::from(self).serialize(serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Matrix {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let export = MatrixExport::deserialize(deserializer)?;
        Matrix::try_from(export).map_err(serde::de::Error::custom)
    }
}

/// What a cell's applicability implies, in JSON Schema: an applicable cell has duties, an owner and an owner basis
/// and no reason; a cell that is not applicable has a reason and nothing else.
#[cfg(feature = "schemars")]
fn applicability_rules(schema: &mut schemars::Schema) {
    let rules = serde_json::json!({
        "if": { "properties": { "applicable": { "const": true } } },
        "then": {
            "properties": {
                "not_applicable": { "type": "null" },
                "owner": { "type": "string" },
                "owner_basis": { "type": "string" },
                "duties": { "type": "array", "minItems": 1 }
            }
        },
        "else": {
            "properties": {
                "not_applicable": { "type": "object" },
                "owner": { "type": "null" },
                "owner_basis": { "type": "null" },
                "stated_owner": { "type": "null" },
                "basis": { "type": "string", "const": "inferred" },
                "duties": { "type": "array", "maxItems": 0 },
                "withheld": { "type": "array", "maxItems": 0 }
            }
        }
    });
    if let (Some(obj), serde_json::Value::Object(rules)) = (schema.as_object_mut(), rules) {
        obj.extend(rules);
    }
}

/// Makes a generated schema portable: drops `format` values that are not JSON Schema's own (schemars writes
/// `uint8` and `uint32`, which strict validators refuse), keeps a `$ref` alone (a description beside it makes code
/// generators define the referenced type again, as `Text1`, `Text2`, …), and turns doc comments into plain prose
/// (no code blocks, no intra-doc link syntax) so that generated code in other languages gets readable comments.
#[cfg(feature = "schemars")]
fn portable(schema: &mut schemars::Schema) {
    const STANDARD_FORMATS: &[&str] = &[
        "date",
        "date-time",
        "time",
        "duration",
        "email",
        "hostname",
        "ipv4",
        "ipv6",
        "uri",
        "uri-reference",
        "uuid",
        "regex",
    ];
    if let Some(obj) = schema.as_object_mut() {
        // A reference stands alone: code generators make a new type for every `$ref` with a sibling keyword.
        if obj.contains_key("$ref") {
            obj.retain(|key, _| key == "$ref");
        }
        if obj.get("format").and_then(serde_json::Value::as_str).is_some_and(|f| !STANDARD_FORMATS.contains(&f)) {
            obj.remove("format");
        }
        if let Some(serde_json::Value::String(text)) = obj.get_mut("description") {
            *text = prose(text);
        }
    }
    schemars::transform::transform_subschemas(&mut portable, schema);
}

/// A doc comment as plain prose: code blocks dropped, `[`X`](path)` and `[`X`]` links reduced to `X`, lines joined
/// into paragraphs.
#[cfg(feature = "schemars")]
fn prose(doc: &str) -> String {
    let mut kept = Vec::new();
    let mut in_code = false;
    for line in doc.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if !in_code {
            kept.push(line);
        }
    }
    let mut text = kept.join("\n");
    // [`X`](target) and [X](target) -> X; [`X`] -> X; then the backticks themselves.
    while let Some(start) = text.find('[') {
        let Some(close) = text.get(start..).and_then(|rest| rest.find(']')).map(|i| start + i) else { break };
        let label = text.get(start + 1..close).unwrap_or_default().to_owned();
        let after = text.get(close + 1..).unwrap_or_default();
        let end = if after.starts_with('(') { after.find(')').map_or(close + 1, |i| close + 2 + i) } else { close + 1 };
        text.replace_range(start..end, &label);
    }
    let text = text.replace('`', "");
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The JSON Schema (draft 2020-12) of the matrix export, as pretty-printed JSON. The repository keeps a copy in
/// `schema/matrix.schema.json`; a test fails when it is stale.
///
/// ```
/// let schema = idcf_responsibility::json::schema();
/// assert!(schema.contains("\"MatrixExport\""));
/// ```
#[cfg(feature = "schemars")]
#[cfg_attr(docsrs, doc(cfg(feature = "schemars")))]
#[must_use]
pub fn schema() -> String {
    schema_of::<Matrix>()
}

/// The JSON Schema (draft 2020-12) of a tailoring overlay ([`Overlay::to_json`](crate::plan::Overlay::to_json)); the
/// repository keeps a copy in `schema/overlay.schema.json`.
///
/// ```
/// assert!(idcf_responsibility::json::overlay_schema().contains("\"Overlay\""));
/// ```
#[cfg(feature = "schemars")]
#[cfg_attr(docsrs, doc(cfg(feature = "schemars")))]
#[must_use]
pub fn overlay_schema() -> String {
    schema_of::<crate::plan::Overlay>()
}

/// The JSON Schema (draft 2020-12) of an implementation register ([`Register::to_json`](crate::plan::Register::to_json));
/// the repository keeps a copy in `schema/register.schema.json`.
///
/// ```
/// assert!(idcf_responsibility::json::register_schema().contains("\"Register\""));
/// ```
#[cfg(feature = "schemars")]
#[cfg_attr(docsrs, doc(cfg(feature = "schemars")))]
#[must_use]
pub fn register_schema() -> String {
    schema_of::<crate::plan::Register>()
}

/// The JSON Schema (draft 2020-12) of a Statement of Applicability draft ([`Soa::to_json`](crate::soa::Soa::to_json));
/// the repository keeps a copy in `schema/soa.schema.json`.
///
/// ```
/// assert!(idcf_responsibility::json::soa_schema().contains("\"SoaRow\""));
/// ```
#[cfg(feature = "schemars")]
#[cfg_attr(docsrs, doc(cfg(feature = "schemars")))]
#[must_use]
pub fn soa_schema() -> String {
    schema_of::<crate::soa::Soa>()
}

/// The JSON Schema (draft 2020-12) of an [`Answer`](crate::Answer): what `idcf who-owns --json` prints; the
/// repository keeps a copy in `schema/answer.schema.json`.
///
/// ```
/// assert!(idcf_responsibility::json::answer_schema().contains("\"AnswerCell\""));
/// ```
#[cfg(feature = "schemars")]
#[cfg_attr(docsrs, doc(cfg(feature = "schemars")))]
#[must_use]
pub fn answer_schema() -> String {
    schema_of::<crate::Answer<'_>>()
}

/// The portable JSON Schema of a type, pretty-printed with a final newline.
#[cfg(feature = "schemars")]
fn schema_of<T: schemars::JsonSchema>() -> String {
    let settings = schemars::generate::SchemaSettings::draft2020_12().with_transform(portable);
    let schema = settings.into_generator().into_root_schema_for::<T>();
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

/// The schema of a matrix is the one [`schema`] publishes: `schemars::schema_for!(Matrix)` gives the same bytes, so
/// an `OpenAPI` generator that asks the type finds the checked-in schema. The portable form (no sibling keywords
/// beside a `$ref`, only standard formats, descriptions as plain prose) is applied to the export's schema and to
/// the definitions it adds.
#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Matrix {
    fn schema_name() -> Cow<'static, str> {
        MatrixExport::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        portable_json_schema::<MatrixExport>(generator)
    }
}

/// `T`'s schema in the portable form the crate publishes, applied to it and to the definitions it adds: what a
/// hand-written `JsonSchema` impl returns so that `schemars::schema_for!` gives the published schema.
#[cfg(feature = "schemars")]
pub(crate) fn portable_json_schema<T: schemars::JsonSchema>(
    generator: &mut schemars::SchemaGenerator,
) -> schemars::Schema {
    let known: std::collections::HashSet<String> = generator.definitions().keys().cloned().collect();
    let mut schema = T::json_schema(generator);
    portable(&mut schema);
    for (name, definition) in generator.definitions_mut().iter_mut() {
        if let (false, Ok(definition)) = (known.contains(name), <&mut schemars::Schema>::try_from(definition)) {
            portable(definition);
        }
    }
    schema
}

/// The kind of JSON file a [`LoadError`] is about: each loader names its own in every message.
///
/// ```
/// use idcf_responsibility::{Matrix, json::FileKind};
/// let err = Matrix::from_json("[]").unwrap_err();
/// assert_eq!(err.file(), FileKind::Matrix);
/// assert_eq!(FileKind::Register.to_string(), "register");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[non_exhaustive]
pub enum FileKind {
    /// A matrix export ([`Matrix::from_json`](crate::Matrix::from_json)).
    Matrix,
    /// A tailoring overlay ([`Overlay::from_json`](crate::plan::Overlay::from_json)).
    Overlay,
    /// An implementation register ([`Register::from_json`](crate::plan::Register::from_json)).
    Register,
}

/// What the JSON reader found wrong, in the crate's words: the cause of a [`LoadError::Json`]. No internal type
/// names; an unknown id or field comes with the closest accepted ones, as typed input does.
///
/// ```
/// use idcf_responsibility::Matrix;
/// let err = Matrix::from_json("[]").unwrap_err();
/// let cause = std::error::Error::source(&err).unwrap().to_string();
/// assert_eq!(cause, "invalid length 0, expected a JSON object");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
#[non_exhaustive]
pub struct JsonError {
    /// What is wrong, and what would be accepted.
    pub message: String,
    /// Ids or field names close to an unknown one, best first (may be empty).
    pub suggestions: Vec<String>,
}

/// Why a JSON file (a matrix export, an overlay or a register) could not be loaded. The message says which file
/// and where; the cause of a [`LoadError::Json`] is its [`source`](std::error::Error::source), printed once by a
/// chain printer.
///
/// ```
/// use idcf_responsibility::{Matrix, json::{FileKind, LoadError}};
/// let err = Matrix::from_json("{\"dataset\": 1}").unwrap_err();
/// let LoadError::Json { file, path, line, column, .. } = &err else { panic!("{err:?}") };
/// assert_eq!((*file, path.as_str(), *line, *column), (FileKind::Matrix, "dataset", 1, 13));
/// assert_eq!(err.to_string(), "invalid matrix json at dataset (line 1, column 13)");
/// assert!(std::error::Error::source(&err).is_some());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The input is larger than [`json::MAX_JSON_BYTES`](crate::json::MAX_JSON_BYTES); nothing was parsed.
    #[error("{file} json is {bytes} bytes; the limit is {limit}")]
    TooLarge {
        /// The kind of file.
        file: FileKind,
        /// The size of the input.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// The text is not a file of its kind: not JSON, or of the wrong shape (unknown ids or fields, missing fields,
    /// wrong types). What is wrong is the [`source`](std::error::Error::source).
    #[error("invalid {file} json at {path} (line {line}, column {column})")]
    Json {
        /// The kind of file.
        file: FileKind,
        /// Where in the document the fault is (`cells[12].owner`, or `.` for the root).
        path: String,
        /// The line of the fault, from 1.
        line: usize,
        /// The column of the fault, from 1.
        column: usize,
        /// What the JSON reader found wrong.
        source: JsonError,
    },
    /// The document has the right shape but its content contradicts itself or the crate's facts. The message
    /// gives the place and the problem; there is no further cause.
    #[error("invalid {file} at {}: {}", inconsistency.place, inconsistency.problem)]
    Inconsistent {
        /// The kind of file.
        file: FileKind,
        /// The place and the problem.
        inconsistency: Inconsistency,
    },
}

impl LoadError {
    /// The place of the fault: the JSON path, or the place of the inconsistency; `.` for an input too large.
    ///
    /// ```
    /// let err = idcf_responsibility::Matrix::from_json("[]").unwrap_err();
    /// assert_eq!(err.place(), ".");
    /// ```
    #[must_use]
    pub fn place(&self) -> &str {
        match self {
            LoadError::TooLarge { .. } => ".",
            LoadError::Json { path, .. } => path,
            LoadError::Inconsistent { inconsistency, .. } => &inconsistency.place,
        }
    }

    /// The kind of file the error is about.
    ///
    /// ```
    /// use idcf_responsibility::{json::FileKind, plan::Register};
    /// assert_eq!(Register::from_json("{}").unwrap_err().file(), FileKind::Register);
    /// ```
    #[must_use]
    pub const fn file(&self) -> FileKind {
        match self {
            LoadError::TooLarge { file, .. } | LoadError::Json { file, .. } | LoadError::Inconsistent { file, .. } => {
                *file
            }
        }
    }

    /// An inconsistency found in a file of this kind.
    pub(crate) fn inconsistent(file: FileKind, inconsistency: Inconsistency) -> LoadError {
        LoadError::Inconsistent { file, inconsistency }
    }
}
