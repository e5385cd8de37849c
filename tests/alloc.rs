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
                seen += cell.duties().len() + cell.section().len();
                seen += control.section().len() + control.title_ja().len() + control.section_duties().len();
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
        std::hint::black_box(idcf_responsibility::lookup("backup").hits);
    });
    assert!(info.count_total > 0);
}

#[test]
fn memory_of_the_matrix_and_of_loading_it() {
    let cell = std::mem::size_of::<idcf_responsibility::Cell>();
    // The built-in cells borrow every text from static data. A cell whose service is outside the scope of some of
    // its section's duties (Object Storage and the sentences about virtual machines) owns its shorter duty list.
    let m = Matrix::builtin();
    let owned: Vec<_> =
        m.cells().filter(|c| c.is_applicable() && c.duties().len() != c.control().section_duties().len()).collect();
    let duty = std::mem::size_of::<idcf_responsibility::Duty>();
    let owned_bytes: usize = owned.iter().map(|c| std::mem::size_of_val(c.duties())).sum();
    let clone = allocation_counter::measure(|| {
        std::hint::black_box(m.clone());
    });
    println!(
        "size_of::<Cell>() = {cell} bytes, size_of::<Duty>() = {duty} bytes; clone of the built-in matrix: {} bytes \
         in {} allocations ({} cells own a filtered duty list)",
        clone.bytes_total,
        clone.count_total,
        owned.len()
    );
    // One allocation for the cell array (debug builds may add a temporary of the same size), one per owned duty
    // list; none per text.
    assert!(clone.count_total <= 2 + owned.len() as u64, "{clone:?}");
    assert!(clone.bytes_total <= (2 * cell * Service::COUNT * Control::COUNT + owned_bytes) as u64, "{clone:?}");

    #[cfg(feature = "serde")]
    {
        let json = Matrix::builtin().to_json().unwrap();
        let load = allocation_counter::measure(|| {
            std::hint::black_box(Matrix::from_json(&json).unwrap());
        });
        println!(
            "loading {} bytes of JSON: peak {} bytes live, {} allocations",
            json.len(),
            load.bytes_max,
            load.count_total
        );
        // The owned matrix holds its strings once per cell: bounded by a small multiple of the input.
        assert!(load.bytes_max < 4 * json.len() as u64, "{load:?}");
    }
}
