//! The typed lookups allocate nothing (after the built-in matrix is built on first use), counted by
//! `allocation-counter`'s global allocator.

use idcf_responsibility::{Control, Matrix, Service};

#[test]
fn lookups_allocate_nothing() {
    let matrix = Matrix::builtin(); // builds the matrix once, before counting
    let mut seen = 0usize;
    let info = allocation_counter::measure(|| {
        for &service in Service::ALL {
            for &control in Control::ALL {
                seen += usize::from(matrix.owner(service, control).is_some());
                seen += usize::from(Matrix::builtin().owner(service, control).is_some());
                let cell = matrix.cell(service, control);
                seen += cell.duties.len() + cell.section.len();
                seen += control.section().len() + control.title_ja().len() + control.duties().len();
            }
        }
    });
    assert!(seen > 0);
    assert_eq!(info.count_total, 0, "typed lookups allocated: {info:?}");
}

#[test]
fn the_counter_sees_allocations() {
    // Guards the test above against a counter that never counts: a search allocates its result.
    let info = allocation_counter::measure(|| {
        std::hint::black_box(idcf_responsibility::search("backup"));
    });
    assert!(info.count_total > 0);
}
