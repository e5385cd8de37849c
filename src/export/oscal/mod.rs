//! OSCAL 1.1.3: the whole chain, so the files stand on their own in any OSCAL tool.
//!
//! - a **catalog** of the document ([`catalog`]): the 68 sections as controls, grouped by chapter and category,
//!   each with a statement part whose items are the duties of the section (our coding of its sentences, never the
//!   sentences themselves) and our summary as guidance;
//! - a **profile** ([`profile`]) that imports the whole catalog from `catalog.json`;
//! - a **component-definition** ([`component_definition`]): a `service` component per service, whose
//!   implemented requirements say what each party does, statement by statement;
//! - a **system-security-plan** of the provider's side ([`system_security_plan`]), whose by-component `export`
//!   carries what the provider offers (`provided`) and what the customer must do (`responsibilities`).
//!
//! [`bundle`] gives the four together with their file names; the component-definition's `source` and the SSP's
//! `import-profile` point at `profile.json`, and the profile's import at `catalog.json`, by relative href, so a
//! folder holding the four resolves. The single-file functions give the same bytes as the bundle's files.
//!
//! Control ids are the crate's kebab-case control ids (valid OSCAL tokens; a bare `10.5.1` is not). The section
//! number is OSCAL's `label` in the catalog, where OSCAL defines that name, and this crate's `section` property
//! ([`NS`]) everywhere. Properties of this crate use [`NS`]; FedRAMP's `control-origination` uses FedRAMP's.
//! Every UUID is version 5, derived from what it names, and every date comes from the data
//! ([`DATASET_RELEASED`](crate::DATASET_RELEASED), the document's issue date), so two runs give the same bytes.
//!
//! **Implementation status** (SSP, per service and control): `implemented` when the provider has a part of its
//! own (it performs, offers, discloses or acts on request); `not-applicable` when its only part is to leave the
//! matter to the customer, or it has none: the plan describes the provider's system, whose boundary leaves the
//! customer's machines and data out, and the control falls on the customer, whose part the `export` carries as
//! `responsibilities`. The status's remarks say so. OSCAL's other states (`partial`, `planned`, `alternative`)
//! speak of a provider that implements the control in part or later, which the document never says.
//!
//! ```
//! use idcf_responsibility::{export::oscal, Lang, Matrix};
//! let ssp: serde_json::Value = serde_json::from_str(&oscal::system_security_plan(Matrix::builtin(), Lang::En)).unwrap();
//! assert_eq!(ssp["system-security-plan"]["metadata"]["oscal-version"], oscal::OSCAL_VERSION);
//! assert_eq!(ssp["system-security-plan"]["import-profile"]["href"], oscal::PROFILE_FILE);
//! ```

mod catalog;
mod component;
mod customer;
mod ssp;

pub use catalog::{catalog, profile, statement_id};
pub use component::component_definition;
pub use customer::{CUSTOMER_SSP_FILE, customer_ssp};
pub use ssp::system_security_plan;

use serde_json::{Value, json};
use uuid::Uuid;

use crate::{Duty, DutyKind, Lang, Matrix, Party, Text, document::Document};

/// The namespace of this crate's OSCAL properties.
///
/// ```
/// assert!(idcf_responsibility::export::oscal::NS.starts_with("urn:"));
/// ```
pub const NS: &str = "urn:idcf-responsibility:oscal";

/// The OSCAL version written.
///
/// ```
/// let doc = idcf_responsibility::export::oscal::component_definition(idcf_responsibility::Matrix::builtin(), idcf_responsibility::Lang::En);
/// assert!(doc.contains(&format!("\"oscal-version\": \"{}\"", idcf_responsibility::export::oscal::OSCAL_VERSION)));
/// ```
pub const OSCAL_VERSION: &str = "1.1.3";

/// The file name of the catalog in a bundle; the profile imports it by this relative href.
///
/// ```
/// use idcf_responsibility::export::oscal;
/// assert!(oscal::profile(idcf_responsibility::Lang::En).contains(&format!("\"href\": \"{}\"", oscal::CATALOG_FILE)));
/// ```
pub const CATALOG_FILE: &str = "catalog.json";

/// The file name of the profile in a bundle; the component-definition and the SSP point at it by this relative
/// href.
///
/// ```
/// use idcf_responsibility::{export::oscal, Lang, Matrix};
/// let cd = oscal::component_definition(Matrix::builtin(), Lang::En);
/// assert!(cd.contains(&format!("\"source\": \"{}\"", oscal::PROFILE_FILE)));
/// ```
pub const PROFILE_FILE: &str = "profile.json";

/// The file name of the component-definition in a bundle.
///
/// ```
/// assert!(idcf_responsibility::export::oscal::COMPONENT_DEFINITION_FILE.ends_with(".json"));
/// ```
pub const COMPONENT_DEFINITION_FILE: &str = "component-definition.json";

/// The file name of the system-security-plan in a bundle.
///
/// ```
/// assert_eq!(idcf_responsibility::export::oscal::SSP_FILE, "ssp.json");
/// ```
pub const SSP_FILE: &str = "ssp.json";

/// One document of an OSCAL bundle: the file name it is referred to by, and its JSON text.
///
/// ```
/// use idcf_responsibility::{export::oscal, Lang, Matrix};
/// let files = oscal::bundle(Matrix::builtin(), Lang::En);
/// assert_eq!(files[0].name, oscal::CATALOG_FILE);
/// assert!(files[0].text.starts_with("{\n  \"catalog\""));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct BundleFile {
    /// The file name, relative to the bundle's folder (`catalog.json`); the other files refer to it by this name.
    pub name: &'static str,
    /// The document, pretty-printed JSON ending in a newline.
    pub text: String,
}

/// The four OSCAL documents that resolve one another, with their file names, in the order they build on each
/// other: catalog, profile, component-definition, system-security-plan. Written into one folder, each finds the
/// next by relative href; the component-definition and the SSP are the bytes of [`component_definition`] and
/// [`system_security_plan`].
///
/// ```
/// use idcf_responsibility::{export::oscal, Lang, Matrix};
/// let m = Matrix::builtin();
/// let files = oscal::bundle(m, Lang::Ja);
/// let names: Vec<&str> = files.iter().map(|f| f.name).collect();
/// assert_eq!(names, ["catalog.json", "profile.json", "component-definition.json", "ssp.json"]);
/// assert_eq!(files[3].text, oscal::system_security_plan(m, Lang::Ja));
/// ```
#[must_use]
pub fn bundle(matrix: &Matrix, lang: Lang) -> Vec<BundleFile> {
    vec![
        BundleFile { name: CATALOG_FILE, text: catalog(lang) },
        BundleFile { name: PROFILE_FILE, text: profile(lang) },
        BundleFile { name: COMPONENT_DEFINITION_FILE, text: component_definition(matrix, lang) },
        BundleFile { name: SSP_FILE, text: system_security_plan(matrix, lang) },
    ]
}

/// A version-5 UUID for a name, in this crate's namespace.
fn uuid(name: &str) -> String {
    let ns = Uuid::new_v5(&Uuid::NAMESPACE_URL, NS.as_bytes());
    Uuid::new_v5(&ns, name.as_bytes()).to_string()
}

/// A property in this crate's namespace.
fn prop(name: &str, value: &str) -> Value {
    json!({ "name": name, "ns": NS, "value": value })
}

/// A property in this crate's namespace, with a class.
fn prop_class(name: &str, value: &str, class: &str) -> Value {
    json!({ "name": name, "ns": NS, "value": value, "class": class })
}

fn role(party: Party) -> &'static str {
    party.into()
}

/// The source document as a back-matter resource (a citation: the crate knows no address to link it at).
fn document_resource(lang: Lang) -> Value {
    let doc = Document::builtin();
    let text = format!("{}, {}, edition {}, {}", doc.publisher.get(lang), doc.title.get(lang), doc.edition, doc.issued);
    json!({
        "uuid": document_uuid(),
        "title": doc.title.get(lang),
        "citation": { "text": text },
        "props": [
            prop("dataset", crate::DATASET),
            prop("dataset-version", crate::DATASET_VERSION),
            prop("document-issued", &doc.issued),
        ],
    })
}

fn document_uuid() -> String {
    uuid("resource:document")
}

/// A back-matter resource for another file of the bundle, with an rlink to it by relative href.
fn file_resource(file: &str, media_type: &str, title: &Text, lang: Lang) -> Value {
    json!({
        "uuid": uuid(&format!("resource:{file}")),
        "title": title.get(lang),
        "rlinks": [{ "href": file, "media-type": media_type }],
    })
}

/// The profile as a back-matter resource of the documents that build on it.
fn profile_resource(lang: Lang) -> Value {
    file_resource(PROFILE_FILE, "application/oscal.profile+json", &PROFILE_TITLE, lang)
}

const PROFILE_TITLE: Text =
    Text::new("Profile: every section of the document, as published", "プロファイル：文書のすべての節をそのまま採用");

/// The date-time of every `published` and `last-modified`: midnight UTC of the dataset's release date.
fn released() -> String {
    format!("{}T00:00:00Z", crate::DATASET_RELEASED)
}

/// The document's caveats (its 1.1), for the remarks of every document's metadata.
fn caveats(lang: Lang) -> String {
    let lead = Text::new(
        "What the source document says of itself (its section 1.1), in our words:",
        "出典文書が自らについて述べていること（1.1節。言葉は本データセットのもの）：",
    );
    let mut out = lead.get(lang).to_owned();
    for caveat in Document::builtin().caveats.iter() {
        out.push_str("\n\n- ");
        out.push_str(caveat.get(lang));
    }
    out
}

/// The metadata every document carries; `roles` adds the provider and customer roles the component-definition
/// and the SSP assign.
fn metadata(title: &str, lang: Lang, roles: bool) -> Value {
    let doc = Document::builtin();
    let provider = uuid("party:provider");
    let mut meta = json!({
        "title": title,
        "published": released(),
        "last-modified": released(),
        "version": crate::DATASET_VERSION,
        "oscal-version": OSCAL_VERSION,
        "props": [
            prop("dataset", crate::DATASET),
            prop("language", lang.into()),
            prop("document-issued", &doc.issued),
        ],
        "parties": [{
            "uuid": provider,
            "type": "organization",
            "name": doc.publisher.get(lang),
            "short-name": "IDCF",
        }],
        "remarks": caveats(lang),
    });
    if let (true, Some(obj)) = (roles, meta.as_object_mut()) {
        obj.insert(
            "roles".into(),
            json!([
                { "id": role(Party::Provider), "title": Party::Provider.label(lang) },
                { "id": role(Party::Customer), "title": Party::Customer.label(lang) },
            ]),
        );
        obj.insert(
            "responsible-parties".into(),
            json!([{ "role-id": role(Party::Provider), "party-uuids": [provider] }]),
        );
    }
    meta
}

/// The implementation status of a cell by the provider, and why where it is not `implemented`: `implemented` when
/// the provider has a part of its own (a duty other than leaving the matter to the customer), else
/// `not-applicable` (the module's documentation says why).
fn status(cell: &crate::Cell) -> (&'static str, Option<&'static Text>) {
    static WHY: Text = Text::new(
        "The provider has no part of its own here: the document leaves the matter to the customer, and what is to be done is the customer's responsibility.",
        "IDCFが自ら担う部分はない。文書はこの事項をお客さまに委ねており、なすべきことはお客さまの責任となる。",
    );
    if provider_acts(cell.duties()) { ("implemented", None) } else { ("not-applicable", Some(&WHY)) }
}

/// Whether the provider has a part of its own among these duties: one other than leaving the matter to the customer.
fn provider_acts<'a>(duties: impl IntoIterator<Item = &'a Duty>) -> bool {
    duties.into_iter().any(|d| d.party == Party::Provider && d.kind != DutyKind::LeavesToCustomer)
}

/// The status as a property in [`NS`] named `implementation-status`, the name compliance-trestle reads a
/// component-definition's status from (OSCAL gives a component-definition no status of its own).
fn status_prop(state: &str, why: Option<&Text>, lang: Lang) -> Value {
    let mut p = prop("implementation-status", state);
    if let (Some(why), Some(obj)) = (why, p.as_object_mut()) {
        obj.insert("remarks".into(), Value::String(why.get(lang).to_owned()));
    }
    p
}

/// The properties of a duty: layer, kind, scope, sentence (none for the customer's decision), basis (`stated`,
/// `inferred` or `tailored`) and capability.
fn duty_props(duty: &Duty) -> Vec<Value> {
    let mut props =
        vec![prop("layer", duty.layer.into()), prop("duty-kind", duty.kind.into()), prop("scope", duty.scope.into())];
    // A customer's decision cites no sentence of the document.
    if !duty.basis.is_tailored() {
        props.push(prop("sentence", &duty.sentence.to_string()));
    }
    // `stated`, `inferred` or `tailored`: the three kinds of provenance, never folded into two.
    props.push(prop("basis", duty.basis.provenance().id()));
    if let Some(cap) = duty.capability {
        props.push(prop("capability", cap.into()));
    }
    props
}

/// `responsible-roles` for the parties, each once, in the order they first appear.
fn responsible(parties: impl IntoIterator<Item = Party>) -> Vec<Value> {
    let mut seen = Vec::new();
    for p in parties {
        if !seen.contains(&p) {
            seen.push(p);
        }
    }
    seen.into_iter().map(|p| json!({ "role-id": role(p) })).collect()
}

/// A link citing the section in the document resource.
fn citation(section: &str) -> Value {
    json!([{ "href": format!("#{}", document_uuid()), "rel": "reference", "text": format!("§{section}") }])
}

/// A cell's duties grouped by the catalog statement they answer ([`statement_id`]), in the order of the catalog,
/// each with the position of its item in the section's duties (`None` for the statement as a whole). Built-in
/// cells have one duty per statement; tailored duties that the catalog does not list answer the statement as a
/// whole, together.
fn statements_of(cell: &crate::Cell) -> Vec<(Option<usize>, String, Vec<&Duty>)> {
    let control = cell.control();
    let mut groups: Vec<(Option<usize>, String, Vec<&Duty>)> = Vec::new();
    for duty in cell.duties() {
        let id = statement_id(control, duty);
        match groups.iter_mut().find(|(_, gid, _)| *gid == id) {
            Some((_, _, duties)) => duties.push(duty),
            None => groups.push((control.section_duties().iter().position(|d| d == duty), id, vec![duty])),
        }
    }
    groups.sort_by_key(|(position, _, _)| *position);
    groups
}

fn to_pretty(value: &Value) -> String {
    // `{:#}` is serde_json's pretty printer; writing a `Value` to a String cannot fail.
    format!("{value:#}\n")
}
