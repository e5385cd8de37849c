//! The register loader on arbitrary bytes: it returns a register that round-trips byte for byte and whose
//! reports and customer SSP are written, or an error with a place; nothing may panic.
#![no_main]

use idcf_responsibility::{export::oscal, plan::report};
use idcf_responsibility::{Lang, json::LoadError, plan::Register};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match Register::from_json(text) {
        Ok(register) => {
            let json = register.to_json().unwrap();
            let again = Register::from_json(&json).expect("an exported register loads");
            assert_eq!(again.to_json().unwrap(), json);
            let _ = (register.drift(), register.progress());
            let _ = (report::markdown(&register, Lang::Ja), report::csv(&register, Lang::En));
            let _ = oscal::customer_ssp(&register, Lang::En);
        }
        Err(err @ (LoadError::Json { .. } | LoadError::Inconsistent { .. })) => assert!(!err.place().is_empty()),
        Err(LoadError::TooLarge { .. }) => {}
        Err(err) => panic!("unexpected error: {err}"),
    }
});
