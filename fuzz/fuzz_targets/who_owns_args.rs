//! What the `who_owns` example does with its two arguments (service, then control or keywords), split at the
//! first newline: parse the service, find the controls, look up every cell. Nothing may panic.
#![no_main]

use idcf_responsibility::{Matrix, Service, find_controls};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let (service, query) = s.split_once('\n').unwrap_or((s, ""));
    let Ok(service) = service.parse::<Service>() else { return };
    if let Ok(controls) = find_controls(query) {
        for c in controls {
            let cell = Matrix::builtin().cell(service, c);
            assert_eq!(cell.section(), c.section());
            let _ = (cell.owner(), cell.capabilities().count(), cell.fedramp_origination(), cell.ccm_ownership());
        }
    }
});
