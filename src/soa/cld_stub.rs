//! TEMPORARY stand-in for `iso::CldControl` until branch isodata is merged.
#![allow(missing_docs, dead_code, clippy::pedantic)]

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CldControl {
    C631,
}

impl CldControl {
    pub const ALL: &'static [CldControl] = &[CldControl::C631];
    pub fn id(self) -> &'static str {
        "CLD.6.3.1"
    }
    pub fn title_en(self) -> &'static str {
        "Shared roles and responsibilities within a cloud computing environment"
    }
    pub fn title_ja(self) -> &'static str {
        ""
    }
    pub fn from_id(id: &str) -> Option<CldControl> {
        id.trim().eq_ignore_ascii_case("CLD.6.3.1").then_some(CldControl::C631)
    }
}
