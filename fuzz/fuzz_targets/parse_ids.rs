//! Every parser of the crate on arbitrary text: an error must carry the input; nothing may panic.
#![no_main]

use idcf_responsibility::export::Format;
use idcf_responsibility::{Capability, Category, Chapter, Control, DutyKind, Lang, Layer, Owner, ParseError, Party, Service, Withheld, lookup, document::Issuer, frameworks::{CcmOwnership, FedRampOrigination, OscalOrigination}, iso::{Correspondence, Edition, Fit, Iso2005Control}, search::Matched};
use libfuzzer_sys::fuzz_target;

fn check<T: std::str::FromStr<Err = ParseError>>(s: &str) {
    match s.parse::<T>() {
        Ok(_) => {}
        Err(
            ParseError::Unknown { input, .. }
            | ParseError::Ambiguous { input, .. }
            | ParseError::AmbiguousEdition { input, .. }
            | ParseError::NotASection { input, .. },
        ) => assert_eq!(input, s),
        Err(other) => panic!("unexpected error {other:?}"),
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    check::<Service>(s);
    check::<Control>(s);
    check::<Chapter>(s);
    check::<Category>(s);
    check::<Party>(s);
    check::<Layer>(s);
    check::<DutyKind>(s);
    check::<Capability>(s);
    check::<Withheld>(s);
    check::<Owner>(s);
    check::<Fit>(s);
    check::<Lang>(s);
    check::<Issuer>(s);
    check::<Edition>(s);
    check::<Correspondence>(s);
    check::<FedRampOrigination>(s);
    check::<OscalOrigination>(s);
    check::<CcmOwnership>(s);
    check::<Format>(s);
    let exact = Control::find(s).unwrap_or_default();
    let _ = Iso2005Control::from_id(s);
    let hits = lookup(s).hits;
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
    let named: Vec<Control> = hits.iter().take_while(|h| h.matched.is_exact()).map(|h| h.control).collect();
    if hits.first().is_some_and(|h| h.matched == Matched::Category) {
        // A heading number lists its sections; the exact resolver names controls only.
        assert!(exact.is_empty());
    } else {
        assert_eq!(named, exact);
    }
    // Every miss explains itself, and only a miss.
    let found = lookup(s);
    assert_eq!(found.hits.is_empty(), found.message().is_some());
    let _ = (found.notes(Lang::En), found.notes(Lang::Ja));
});
