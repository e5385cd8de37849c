//! What `idcf who-owns` does with its two arguments (service, then control or keywords), split at the
//! first newline: parse the service, search its cells, look at every one. Nothing may panic.
#![no_main]

use idcf_responsibility::{Matrix, Service};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let (service, query) = s.split_once('\n').unwrap_or((s, ""));
    let Ok(service) = service.parse::<Service>() else { return };
    for (cell, hit) in Matrix::builtin().search(service, query) {
        assert_eq!((cell.service(), cell.control()), (service, hit.control));
        let _ = (cell.owner(), cell.capabilities().count(), cell.fedramp_origination(), cell.ccm_ownership());
    }
});
