use leptos::prelude::*;

/// The small line icon at the start of a list row (Today's rows, Settings' list), drawn in
/// the row's accent colour. An unknown name gets the calendar.
pub fn row_icon(kind: &'static str) -> impl IntoView {
    let d = match kind {
        "walk" => "M13 4.5a1.5 1.5 0 1 0 0-.01M10 21l2-6 3 3v3M9 12l1-4 4 1 2 3 3 1M10 8l-3 2-1 3",
        "check" => "M6 4h12v17H6zM9 4V2.5h6V4M9 11l2 2 4-4M9 17h6",
        "streak" => "M12 3c1 4 5 5 5 10a5 5 0 0 1-10 0c0-3 2-4 2-7 2 1 3 3 3 5",
        "learn" => "M4 5c3-1 5-1 8 1 3-2 5-2 8-1v14c-3-1-5-1-8 1-3-2-5-2-8-1zM12 6v14",
        "play" => "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM10 8.5v7l5.5-3.5z",
        "sound" => "M4 9v6h4l5 4V5L8 9zM16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12",
        "display" => "M12 3a9 9 0 1 0 0 18zM12 3a9 9 0 0 1 0 18",
        "data" => "M5 6c0-1.7 3.1-3 7-3s7 1.3 7 3-3.1 3-7 3-7-1.3-7-3zM5 6v12c0 1.7 3.1 3 7 3s7-1.3 7-3V6M5 12c0 1.7 3.1 3 7 3s7-1.3 7-3",
        "install" => "M8 2h8a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1zM12 7v7M9 11l3 3 3-3M11 19h2",
        "about" => "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 11v6M12 7.5v.01",
        _ => "M4 6h16v14H4zM4 10h16M9 3v4M15 3v4",
    };
    view! {
        <svg class="row-icon" viewBox="0 0 24 24" aria-hidden="true"><path d=d /></svg>
    }
}
