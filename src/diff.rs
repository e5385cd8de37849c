//! Comparing two matrices cell by cell: the built-in one and a tailored copy, say.

use crate::{Basis, Capability, Cell, CellBasis, Control, Duty, Lang, Matrix, Owner, Party, Service, Text, Withheld};

/// One change in a cell.
///
/// ```
/// use idcf_responsibility::{Owner, diff::Change};
/// let change = Change::Owner { from: Some(Owner::Provider), to: Some(Owner::Customer) };
/// assert_eq!(change.to_string(), "owner: provider → customer");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "change", rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Change {
    /// The owner changed (`None`: not applicable).
    Owner {
        /// Before.
        from: Option<Owner>,
        /// After.
        to: Option<Owner>,
    },
    /// The cell became applicable, or stopped being.
    Applicability {
        /// Before.
        from: bool,
        /// After.
        to: bool,
    },
    /// The share of the cell the document states changed (stated, partly inferred, inferred).
    Basis {
        /// Before.
        from: CellBasis,
        /// After.
        to: CellBasis,
    },
    /// The owner by stated duties alone changed (`None`: the document does not say).
    StatedOwner {
        /// Before.
        from: Option<Owner>,
        /// After.
        to: Option<Owner>,
    },
    /// The summary changed.
    Summary {
        /// Before.
        from: Text,
        /// After.
        to: Text,
    },
    /// A duty is in the second matrix only.
    DutyAdded {
        /// The duty.
        duty: Duty,
    },
    /// A duty is in the first matrix only.
    DutyRemoved {
        /// The duty.
        duty: Duty,
    },
    /// A capability is named in the second matrix only.
    CapabilityAdded {
        /// The capability.
        capability: Capability,
    },
    /// A capability is named in the first matrix only.
    CapabilityRemoved {
        /// The capability.
        capability: Capability,
    },
    /// Something withheld is in the second matrix only.
    WithheldAdded {
        /// What.
        withheld: Withheld,
    },
    /// Something withheld is in the first matrix only.
    WithheldRemoved {
        /// What.
        withheld: Withheld,
    },
    /// A duty of a matrix export of another dataset version, written in that version's vocabulary (which this
    /// crate may no longer have), that the current matrix does not have ([`Matrix::diff_from_json`]).
    OlderDutyRemoved {
        /// The party.
        party: Party,
        /// The kind, as that version names it.
        kind: String,
        /// What the duty says, as that version words it.
        text: Text,
    },
}

impl Change {
    /// The change in one language: English with the ids, as [`Display`](std::fmt::Display) prints it, or Japanese
    /// with the labels. A customer's text (a tailored duty, its reason) given in the other language only prints as
    /// missing, `(no English text given)`, `（日本語の記載なし）`, as every other output prints it.
    ///
    /// ```
    /// use idcf_responsibility::{Lang, Owner, diff::Change};
    /// let c = Change::Owner { from: Some(Owner::Provider), to: Some(Owner::Shared) };
    /// assert_eq!(c.describe(Lang::En), "owner: provider → shared");
    /// let ja = format!("担当: {} → {}", Owner::Provider.label(Lang::Ja), Owner::Shared.label(Lang::Ja));
    /// assert_eq!(c.describe(Lang::Ja), ja);
    /// ```
    #[must_use]
    pub fn describe(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.english(),
            Lang::Ja => self.japanese(),
        }
    }

    fn english(&self) -> String {
        let owner = |o: &Option<Owner>| o.map_or("not applicable", Owner::into);
        let duty = |d: &Duty| {
            let basis = match &d.basis {
                Basis::Inferred { reason } => format!("inferred: {}", reason.get(Lang::En)),
                Basis::Tailored { reason } => format!("tailored: {}", reason.get(Lang::En)),
                _ => "stated".to_owned(),
            };
            format!("{} {} on {} for {} ({basis}): {}", d.party, d.kind, d.layer, d.scope, d.text.get(Lang::En))
        };
        match self {
            Change::Owner { from, to } => format!("owner: {} → {}", owner(from), owner(to)),
            Change::Applicability { from, to } => format!("applicable: {from} → {to}"),
            Change::Basis { from, to } => format!("basis: {from} → {to}"),
            Change::StatedOwner { from, to } => {
                let stated = |o: &Option<Owner>| o.map_or("the document does not say", Owner::into);
                format!("stated owner: {} → {}", stated(from), stated(to))
            }
            Change::Summary { from, to } => format!("summary: {:?} → {:?}", from.get(Lang::En), to.get(Lang::En)),
            Change::DutyAdded { duty: d } => format!("+ duty: {}", duty(d)),
            Change::DutyRemoved { duty: d } => format!("- duty: {}", duty(d)),
            Change::CapabilityAdded { capability } => format!("+ capability: {capability}"),
            Change::CapabilityRemoved { capability } => format!("- capability: {capability}"),
            Change::WithheldAdded { withheld } => format!("+ withheld: {withheld}"),
            Change::WithheldRemoved { withheld } => format!("- withheld: {withheld}"),
            Change::OlderDutyRemoved { party, kind, text } => {
                format!("- duty (older dataset): {party} {kind}: {}", text.get(Lang::En))
            }
        }
    }

    fn japanese(&self) -> String {
        let ja = Lang::Ja;
        let owner = |o: &Option<Owner>| o.map_or("該当なし", |o| o.label(ja));
        let duty = |d: &Duty| {
            let basis = match &d.basis {
                Basis::Inferred { reason } => format!("{}：{}", crate::Provenance::Inferred.label(ja), reason.get(ja)),
                Basis::Tailored { reason } => format!("{}：{}", crate::Provenance::Tailored.label(ja), reason.get(ja)),
                _ => crate::Provenance::Stated.label(ja).to_owned(),
            };
            format!(
                "{}・{}・{}・{}（{basis}）: {}",
                d.party.label(ja),
                d.kind.label(ja),
                d.layer.label(ja),
                d.scope.label(ja),
                d.text.get(ja)
            )
        };
        let applicable = |a: &bool| if *a { "該当する" } else { "該当なし" };
        match self {
            Change::Owner { from, to } => format!("担当: {} → {}", owner(from), owner(to)),
            Change::Applicability { from, to } => {
                format!("サービスへの該当: {} → {}", applicable(from), applicable(to))
            }
            Change::Basis { from, to } => format!("根拠: {} → {}", from.label(ja), to.label(ja)),
            Change::StatedOwner { from, to } => {
                let stated = |o: &Option<Owner>| o.map_or("文書に記載なし", |o| o.label(ja));
                format!("文書上の担当: {} → {}", stated(from), stated(to))
            }
            Change::Summary { from, to } => format!("要約: 「{}」 → 「{}」", from.get(ja), to.get(ja)),
            Change::DutyAdded { duty: d } => format!("+ 職務: {}", duty(d)),
            Change::DutyRemoved { duty: d } => format!("- 職務: {}", duty(d)),
            Change::CapabilityAdded { capability } => format!("+ 機能: {}", capability.label(ja)),
            Change::CapabilityRemoved { capability } => format!("- 機能: {}", capability.label(ja)),
            Change::WithheldAdded { withheld } => format!("+ 非開示: {}", withheld.label(ja)),
            Change::WithheldRemoved { withheld } => format!("- 非開示: {}", withheld.label(ja)),
            Change::OlderDutyRemoved { party, kind, text } => {
                format!("- 職務（旧データセット）: {} {kind}: {}", party.label(ja), text.get(ja))
            }
        }
    }
}

impl std::fmt::Display for Change {
    /// The change in English ([`Change::describe`]).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english())
    }
}

/// The changes of one cell.
///
/// ```
/// use idcf_responsibility::Matrix;
/// assert!(Matrix::builtin().diff(Matrix::builtin()).is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct CellDiff {
    /// The service.
    pub service: Service,
    /// The control.
    pub control: Control,
    /// What changed, in this order: applicability, owner, stated owner, basis, summary, duties, capabilities,
    /// withheld.
    pub changes: Vec<Change>,
}

/// The items of `a` that are not in `b`, counting repeats (a multiset difference), in `a`'s order.
fn missing<T: PartialEq + Clone>(a: &[T], b: &[T]) -> Vec<T> {
    let mut left: Vec<&T> = b.iter().collect();
    a.iter()
        .filter(|x| match left.iter().position(|y| y == x) {
            Some(i) => {
                left.swap_remove(i);
                false
            }
            None => true,
        })
        .cloned()
        .collect()
}

pub(crate) fn cell_changes(a: &Cell, b: &Cell) -> Vec<Change> {
    let mut changes = Vec::new();
    if a.is_applicable() != b.is_applicable() {
        changes.push(Change::Applicability { from: a.is_applicable(), to: b.is_applicable() });
    }
    if a.owner() != b.owner() {
        changes.push(Change::Owner { from: a.owner(), to: b.owner() });
    }
    if a.stated_owner() != b.stated_owner() {
        changes.push(Change::StatedOwner { from: a.stated_owner(), to: b.stated_owner() });
    }
    if a.basis() != b.basis() {
        changes.push(Change::Basis { from: a.basis(), to: b.basis() });
    }
    if a.summary() != b.summary() {
        changes.push(Change::Summary { from: a.summary().clone(), to: b.summary().clone() });
    }
    changes.extend(missing(a.duties(), b.duties()).into_iter().map(|duty| Change::DutyRemoved { duty }));
    changes.extend(missing(b.duties(), a.duties()).into_iter().map(|duty| Change::DutyAdded { duty }));
    let (caps_a, caps_b): (Vec<Capability>, Vec<Capability>) = (a.capabilities().collect(), b.capabilities().collect());
    changes.extend(missing(&caps_a, &caps_b).into_iter().map(|capability| Change::CapabilityRemoved { capability }));
    changes.extend(missing(&caps_b, &caps_a).into_iter().map(|capability| Change::CapabilityAdded { capability }));
    changes
        .extend(missing(a.withheld(), b.withheld()).into_iter().map(|withheld| Change::WithheldRemoved { withheld }));
    changes.extend(missing(b.withheld(), a.withheld()).into_iter().map(|withheld| Change::WithheldAdded { withheld }));
    changes
}

/// What changed from `a` to `b` ([`Matrix::diff`]).
pub(crate) fn between(a: &Matrix, b: &Matrix) -> Vec<CellDiff> {
    a.cells()
        .zip(b.cells())
        .filter_map(|(a, b)| {
            let changes = cell_changes(a, b);
            (!changes.is_empty()).then_some(CellDiff { service: a.service(), control: a.control(), changes })
        })
        .collect()
}

/// What changed from a matrix export of some dataset version to a current matrix ([`Matrix::diff_from_json`]).
///
/// ```
/// use idcf_responsibility::Matrix;
/// let same = Matrix::builtin().diff_from_json(&Matrix::builtin().to_json()?)?;
/// assert!(same.cells.is_empty() && same.warning.is_none());
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct VersionDiff {
    /// The dataset version of the export (the earlier side).
    pub from_version: String,
    /// The dataset version of this crate (the later side).
    pub to_version: String,
    /// Set when the versions differ: names both, and says what an export of that version does not let us compare.
    pub warning: Option<String>,
    /// The cells with a change, in matrix order.
    pub cells: Vec<CellDiff>,
}

/// One cell of an export of any version: what every published version writes.
#[cfg(feature = "serde")]
#[allow(
    clippy::option_option,
    reason = "a version that writes no stated owner is not a cell whose stated owner is null"
)]
struct OlderCell {
    service: Service,
    control: Control,
    applicable: bool,
    owner: Option<Owner>,
    /// `None` when that version does not write it (1.0.0).
    stated_owner: Option<Option<Owner>>,
    basis: CellBasis,
    summary: Text,
    /// Each duty as the current type when it reads as one, else its party, kind and text.
    duties: Vec<Result<Duty, (Party, String, Text)>>,
}

#[cfg(feature = "serde")]
fn older_cell(v: &serde_json::Value) -> Result<OlderCell, String> {
    use serde::de::DeserializeOwned;
    fn field<T: DeserializeOwned>(v: &serde_json::Value, key: &str) -> Result<T, String> {
        let value = v.get(key).ok_or_else(|| format!("{key} is missing"))?;
        serde_json::from_value(value.clone()).map_err(|e| format!("{key}: {e}"))
    }
    let applicable: bool = field(v, "applicable")?;
    // 1.0.0 writes the basis as an object {kind: stated | inferred}; later versions as a string.
    let basis = match v.get("basis") {
        Some(serde_json::Value::Object(o)) => match o.get("kind").and_then(serde_json::Value::as_str) {
            Some("stated") => CellBasis::Stated,
            Some("inferred") => CellBasis::Inferred,
            other => return Err(format!("basis.kind is {other:?}; expected stated or inferred")),
        },
        _ => field(v, "basis")?,
    };
    let duties = match v.get("duties") {
        Some(serde_json::Value::Array(list)) => list
            .iter()
            .map(|d| match serde_json::from_value::<Duty>(d.clone()) {
                Ok(duty) => Ok(Ok(duty)),
                Err(_) => Ok(Err((field(d, "party")?, field::<String>(d, "kind")?, field::<Text>(d, "text")?))),
            })
            .collect::<Result<Vec<_>, String>>()?,
        _ => return Err("duties is missing".into()),
    };
    Ok(OlderCell {
        service: field(v, "service")?,
        control: field(v, "control")?,
        applicable,
        owner: field(v, "owner")?,
        stated_owner: if v.get("stated_owner").is_some() { Some(field(v, "stated_owner")?) } else { None },
        basis,
        summary: field(v, "summary")?,
        duties,
    })
}

#[cfg(feature = "serde")]
fn older_changes(old: &OlderCell, new: &Cell) -> Vec<Change> {
    let mut changes = Vec::new();
    if old.applicable != new.is_applicable() {
        changes.push(Change::Applicability { from: old.applicable, to: new.is_applicable() });
    }
    if old.owner != new.owner() {
        changes.push(Change::Owner { from: old.owner, to: new.owner() });
    }
    if let Some(stated) = old.stated_owner.filter(|&s| s != new.stated_owner()) {
        changes.push(Change::StatedOwner { from: stated, to: new.stated_owner() });
    }
    if old.basis != new.basis() {
        changes.push(Change::Basis { from: old.basis, to: new.basis() });
    }
    if &old.summary != new.summary() {
        changes.push(Change::Summary { from: old.summary.clone(), to: new.summary().clone() });
    }
    // A duty is the same when it reads as the same current duty, or, written in an older vocabulary, has the same
    // party, kind and text.
    let same = |o: &Result<Duty, (Party, String, Text)>, d: &Duty| match o {
        Ok(old) => old == d,
        Err((party, kind, text)) => *party == d.party && kind == <&'static str>::from(d.kind) && *text == d.text,
    };
    let mut unmatched: Vec<&Duty> = new.duties().iter().collect();
    for o in &old.duties {
        if let Some(i) = unmatched.iter().position(|d| same(o, d)) {
            unmatched.swap_remove(i);
        } else {
            changes.push(match o {
                Ok(duty) => Change::DutyRemoved { duty: duty.clone() },
                Err((party, kind, text)) => {
                    Change::OlderDutyRemoved { party: *party, kind: kind.clone(), text: text.clone() }
                }
            });
        }
    }
    // The added ones in the current cell's order.
    changes.extend(
        new.duties()
            .iter()
            .filter(|d| unmatched.iter().any(|u| std::ptr::eq(*u, *d)))
            .map(|duty| Change::DutyAdded { duty: duty.clone() }),
    );
    changes
}

/// What changed from an export of any dataset version to `matrix` ([`Matrix::diff_from_json`]).
#[cfg(feature = "serde")]
pub(crate) fn from_json(matrix: &Matrix, json: &str) -> Result<VersionDiff, crate::json::LoadError> {
    use crate::{
        Inconsistency,
        json::{FileKind, LoadError},
    };
    let file = FileKind::Matrix;
    let value: serde_json::Value = crate::json::read(file, json)?;
    let fault = |place: String, problem: String| {
        LoadError::inconsistent(file, Inconsistency::new(crate::Subject::Matrix, place, problem))
    };
    let dataset = value.get("dataset");
    let text = |key: &str| dataset.and_then(|d| d.get(key)).and_then(serde_json::Value::as_str);
    if text("name") != Some(crate::DATASET) {
        return Err(fault(
            "dataset.name".into(),
            format!("{:?} is not this crate's dataset ({})", text("name").unwrap_or_default(), crate::DATASET),
        ));
    }
    let from_version = text("version").unwrap_or_default().to_owned();
    let to_version = crate::DATASET_VERSION.to_owned();
    if from_version == to_version {
        let older = Matrix::from_json(json)?;
        return Ok(VersionDiff { from_version, to_version, warning: None, cells: older.diff(matrix) });
    }
    let Some(serde_json::Value::Array(records)) = value.get("cells") else {
        return Err(fault("cells".into(), "missing; expected the list of cells".into()));
    };
    let mut older: Vec<Option<OlderCell>> = Vec::new();
    older.resize_with(Service::COUNT * Control::COUNT, || None);
    for (i, record) in records.iter().enumerate() {
        let cell = older_cell(record).map_err(|problem| fault(format!("cells[{i}]"), problem))?;
        let slot = older
            .get_mut(cell.service.index() * Control::COUNT + cell.control.index())
            .ok_or_else(|| fault(format!("cells[{i}]"), "cell index out of range".into()))?;
        if slot.is_some() {
            let place = format!("cells[{i}] ({}, {})", cell.service, cell.control.section());
            return Err(fault(place, "duplicate cell: this service and control already have one".into()));
        }
        *slot = Some(cell);
    }
    let mut cells = Vec::new();
    for (new, old) in matrix.cells().zip(&older) {
        let Some(old) = old else {
            let place = format!("cells ({}, {})", new.service(), new.section());
            return Err(fault(place, "missing cell".into()));
        };
        let changes = older_changes(old, new);
        if !changes.is_empty() {
            cells.push(CellDiff { service: new.service(), control: new.control(), changes });
        }
    }
    let mut warning = format!(
        "the file is an export of dataset version {from_version} and this crate's is {to_version}: the \
         changes include the dataset's own (CHANGELOG, Data), not only edits"
    );
    if older.iter().flatten().any(|c| c.stated_owner.is_none()) {
        warning.push_str("; version ");
        warning.push_str(&from_version);
        warning.push_str(" writes no stated owner, so stated owners are not compared");
    }
    Ok(VersionDiff { from_version, to_version, warning: Some(warning), cells })
}
