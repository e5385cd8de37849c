//! The JSON loader on arbitrary bytes: it returns a matrix that round-trips byte for byte, or an error with a
//! place; nothing may panic.
#![no_main]

use idcf_responsibility::{Matrix, json::LoadError};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match Matrix::from_json(text) {
        Ok(matrix) => {
            let json = matrix.to_json().unwrap();
            let again = Matrix::from_json(&json).expect("an exported matrix loads");
            assert_eq!(again.to_json().unwrap(), json);
        }
        Err(err @ (LoadError::Json { .. } | LoadError::Inconsistent { .. })) => assert!(!err.place().is_empty()),
        Err(LoadError::TooLarge { .. }) => {}
        Err(err) => panic!("unexpected error: {err}"),
    }
});
