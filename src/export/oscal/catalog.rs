//! The catalog of the document and the profile that imports it.

use serde_json::{Value, json};

use super::{
    CATALOG_FILE, PROFILE_TITLE, document_resource, file_resource, metadata, prop, prop_class, to_pretty, uuid,
};
use crate::export::duty_text;
use crate::{Category, Chapter, Control, Duty, Lang, Text, document::Document};

/// The id of the catalog statement a duty of a control answers: the statement's item for that duty
/// (`information-backup_smt.2`) when the section lists it, else the statement as a whole
/// (`information-backup_smt`), as for a duty a tailored matrix adds. The component-definition's and the SSP's
/// statements use these ids.
///
/// ```
/// use idcf_responsibility::{export::oscal, Control};
/// let c = Control::InformationBackup;
/// assert_eq!(oscal::statement_id(c, &c.section_duties()[0]), "information-backup_smt.1");
/// ```
#[must_use]
pub fn statement_id(control: Control, duty: &Duty) -> String {
    match control.section_duties().iter().position(|d| d == duty) {
        Some(k) => format!("{control}_smt.{}", k + 1),
        None => format!("{control}_smt"),
    }
}

/// `6.5.1` as `06.05.01`, so that sorting by it keeps the document's order (`6.10` after `6.9`).
fn sort_id(number: &str) -> String {
    number.split('.').map(|n| format!("{n:0>2}")).collect::<Vec<_>>().join(".")
}

fn label_props(number: &str) -> Vec<Value> {
    vec![json!({ "name": "label", "value": number }), json!({ "name": "sort-id", "value": sort_id(number) })]
}

/// `customer` as `Customer`, to begin a line.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn chapter_title(chapter: Chapter, lang: Lang) -> &'static str {
    match lang {
        Lang::En => chapter.title_en(),
        Lang::Ja => chapter.title_ja(),
    }
}

fn category_title(category: Category, lang: Lang) -> &'static str {
    match lang {
        Lang::En => category.title_en(),
        Lang::Ja => category.title_ja(),
    }
}

/// The properties a control of the document carries wherever it appears: its section and ISO ids.
pub(super) fn control_props(c: Control) -> Vec<Value> {
    let mut props = vec![prop("section", c.section())];
    if let Some(iso) = c.iso27002_2005() {
        props.push(prop_class("iso27002-2005", &iso.id, iso.fit.into()));
    }
    for cw in c.iso27001_2013().iter().chain(c.iso27001_2022()) {
        for id in cw.ids.iter() {
            props.push(prop_class(&cw.edition.to_string(), id, &cw.correspondence.to_string()));
        }
    }
    props
}

/// The items of a control's statement: one per duty of the section, labelled with the sentence it comes from
/// (`6.5.1#2`; `6.7.1#1a`, `6.7.1#1b` where a sentence gives several).
fn statement_items(c: Control, lang: Lang) -> Vec<Value> {
    let duties = c.section_duties();
    duties
        .iter()
        .enumerate()
        .map(|(k, d)| {
            let in_sentence = duties.iter().filter(|o| o.sentence == d.sentence).count();
            let before = duties.iter().take(k).filter(|o| o.sentence == d.sentence).count();
            let mut label = format!("{}#{}", c.section(), d.sentence);
            if in_sentence > 1 {
                // At most a handful of duties share a sentence; the letters a, b, c… tell them apart.
                label.push(char::from(b'a'.saturating_add(u8::try_from(before).unwrap_or(u8::MAX))));
            }
            let mut props = vec![json!({ "name": "label", "value": label }), prop("party", d.party.into())];
            props.extend(super::duty_props(d));
            json!({
                "id": format!("{c}_smt.{}", k + 1),
                "name": "item",
                "props": props,
                "prose": match lang {
                    Lang::En => format!("{} ({}): {}", capitalised(d.party.label(lang)), d.kind.label(lang), duty_text(d, lang)),
                    Lang::Ja => format!("{}（{}）：{}", d.party.label(lang), d.kind.label(lang), duty_text(d, lang)),
                },
            })
        })
        .collect()
}

fn control(c: Control, lang: Lang) -> Value {
    let mut props = label_props(c.section());
    props.extend(control_props(c));
    let statement = Text::new(
        "What each party does under this section, as this crate reads the document:",
        "この節のもとで各当事者が行うこと（本クレートによる文書の読み）：",
    );
    json!({
        "id": c.id(),
        "class": "section",
        "title": c.label(lang),
        "props": props,
        "links": super::citation(c.section()),
        "parts": [
            {
                "id": format!("{c}_smt"),
                "name": "statement",
                "prose": statement.get(lang),
                "parts": statement_items(c, lang),
            },
            {
                "id": format!("{c}_gdn"),
                "name": "guidance",
                "prose": c.section_summary().get(lang),
            },
        ],
    })
}

/// The document as an OSCAL 1.1.3 catalog (pretty-printed JSON): a group per chapter holding a group per
/// category, and a control per section (id the crate's control id, title the section's title, `label` the
/// section number). Each control has a statement part whose items are the section's duties, each with the
/// party, kind, layer, scope, sentence and basis as properties, and our summary as guidance; the section and ISO
/// ids are properties in [`NS`](super::NS). No sentence of the document is reproduced: titles are names, everything else is
/// in our words.
///
/// ```
/// use idcf_responsibility::{export::oscal, Control, Lang};
/// let cat: serde_json::Value = serde_json::from_str(&oscal::catalog(Lang::En)).unwrap();
/// let chapters = cat["catalog"]["groups"].as_array().unwrap();
/// assert_eq!(chapters.len(), 10);
/// let controls = chapters.iter().flat_map(|ch| ch["groups"].as_array().unwrap()).flat_map(|g| g["controls"].as_array().unwrap());
/// assert_eq!(controls.count(), Control::COUNT);
/// ```
#[must_use]
pub fn catalog(lang: Lang) -> String {
    let doc = Document::builtin();
    let groups: Vec<Value> = Chapter::ALL
        .iter()
        .map(|&chapter| {
            let categories: Vec<Value> = chapter
                .categories()
                .map(|category| {
                    json!({
                        "id": format!("category-{}", category.number()),
                        "class": "category",
                        "title": category_title(category, lang),
                        "props": label_props(category.number()),
                        "controls": category.controls().map(|c| control(c, lang)).collect::<Vec<_>>(),
                    })
                })
                .collect();
            json!({
                "id": format!("chapter-{}", chapter.number()),
                "class": "chapter",
                "title": chapter_title(chapter, lang),
                "props": label_props(chapter.number()),
                "groups": categories,
            })
        })
        .collect();
    let root = json!({
        "catalog": {
            "uuid": uuid("catalog"),
            "metadata": metadata(doc.title.get(lang), lang, false),
            "groups": groups,
            "back-matter": { "resources": [document_resource(lang)] },
        }
    });
    to_pretty(&root)
}

/// The profile the component-definition and the SSP build on: it imports every control of the catalog from
/// [`CATALOG_FILE`] by relative href, and keeps the catalog's grouping (`merge: as-is`).
///
/// ```
/// use idcf_responsibility::{export::oscal, Lang};
/// let p: serde_json::Value = serde_json::from_str(&oscal::profile(Lang::En)).unwrap();
/// assert_eq!(p["profile"]["imports"][0]["href"], oscal::CATALOG_FILE);
/// assert!(p["profile"]["imports"][0]["include-all"].is_object());
/// ```
#[must_use]
pub fn profile(lang: Lang) -> String {
    let catalog_title = Text::new("Catalog: the document's sections", "カタログ：文書の各節");
    let root = json!({
        "profile": {
            "uuid": uuid("profile"),
            "metadata": metadata(PROFILE_TITLE.get(lang), lang, false),
            "imports": [{ "href": CATALOG_FILE, "include-all": {} }],
            "merge": { "as-is": true },
            "back-matter": {
                "resources": [
                    file_resource(CATALOG_FILE, "application/oscal.catalog+json", &catalog_title, lang),
                    document_resource(lang),
                ],
            },
        }
    });
    to_pretty(&root)
}
