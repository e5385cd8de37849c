//! What `idcf who-owns` does with its two arguments (service, then control or keywords), split at the
//! first newline: parse the service, answer, look at every cell and print the answer. Nothing may panic.
#![no_main]

use idcf_responsibility::{Answer, Matrix, Service};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let (service, query) = s.split_once('\n').unwrap_or((s, ""));
    let Ok(service) = service.parse::<Service>() else { return };
    let answer = Answer::new(Matrix::builtin(), service, query);
    for (cell, hit) in answer.cells().iter().zip(&answer.lookup().hits) {
        assert_eq!((cell.service(), cell.control()), (service, hit.control));
        let _ = (cell.owner(), cell.capabilities().count(), cell.fedramp_origination(), cell.ccm_ownership());
    }
    let _ = answer.to_string();
});
