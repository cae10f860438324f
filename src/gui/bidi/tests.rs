use super::*;

#[test]
fn a_left_to_right_line_is_left_alone() {
    assert_eq!(
        visual_line("US 70% by 2027 (AI Plus)"),
        "US 70% by 2027 (AI Plus)"
    );
}

#[test]
fn arabic_words_run_right_to_left_and_numbers_stay_whole() {
    // "70% of the economy by 2027": logically 70% first; drawn from the left, 2027 comes
    // first and 70% last, each Arabic word kept in logical order for the shaper.
    let logical = "70% من الاقتصاد بحلول 2027";
    assert_eq!(visual_line(logical), "2027 بحلول الاقتصاد من 70%");
}

#[test]
fn brackets_in_a_right_to_left_run_are_mirrored() {
    assert_eq!(visual_line("الصين (الرقائق)"), "(الرقائق) الصين");
}

#[test]
fn a_paragraph_wraps_in_logical_order_before_it_is_reordered() {
    // Every word 1 wide, a space 1 wide: three words fit in 5.
    let mut measure = |w: &str| w.chars().count().min(1) as f32;
    let out = visual_paragraph("أ ب ج د ه", 5.0, &mut measure);
    assert_eq!(out, "ج ب أ\nه د");
}

#[test]
fn languages_by_direction() {
    assert!(is_rtl_language("ar"));
    assert!(is_rtl_language("ar-EG"));
    assert!(!is_rtl_language("zh-CN"));
    assert!(!is_rtl_language("en"));
}
