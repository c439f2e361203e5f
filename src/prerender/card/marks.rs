//! The marks of the timeline's card: each body's colour, as the page's
//! stylesheet gives it, and its shape, as the page's glyph draws it.

use super::draw::MUTED;

/// A body's colour, as `style/main.css` gives it (`.body-committee` …).
pub(super) fn body_colour(id: &str) -> &'static str {
    match id {
        "direction" => "#6a3fb5",
        "committee" => "#0b57c2",
        "hq" => "#b8112b",
        "steering" => "#0f7a55",
        "consultation" => "#a14a00",
        _ => MUTED,
    }
}

/// A body's mark, the shape of its glyph on the page (`body_glyph`):
/// ◎ a double circle, ◆ a diamond, ■ a square, ▲ a triangle, ✎ a pencil,
/// otherwise ● a dot; `r` is its half size.
pub(super) fn body_shape(id: &str, cx: f32, cy: f32, r: f32) -> String {
    let fill = body_colour(id);
    let edge = "stroke=\"#ffffff\" stroke-width=\"3\"";
    match id {
        "direction" => format!(
            "<circle cx=\"{cx}\" cy=\"{cy}\" r=\"{r}\" fill=\"{fill}\" {edge}/><circle cx=\"{cx}\" cy=\"{cy}\" r=\"{}\" fill=\"#ffffff\"/><circle cx=\"{cx}\" cy=\"{cy}\" r=\"{}\" fill=\"{fill}\"/>",
            r * 0.68,
            r * 0.42
        ),
        "committee" => format!(
            "<path d=\"M{cx} {}L{} {cy}L{cx} {}L{} {cy}Z\" fill=\"{fill}\" {edge}/>",
            cy - r * 1.15,
            cx + r * 1.15,
            cy + r * 1.15,
            cx - r * 1.15
        ),
        "hq" => format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\" {edge}/>",
            cx - r * 0.9,
            cy - r * 0.9,
            r * 1.8,
            r * 1.8
        ),
        "steering" => format!(
            "<path d=\"M{cx} {}L{} {}H{}Z\" fill=\"{fill}\" {edge}/>",
            cy - r * 1.1,
            cx + r * 1.1,
            cy + r * 0.85,
            cx - r * 1.1
        ),
        // Drawn level, tip to the left, then turned to point down-left as ✎
        // does; a white band between the tip and the body.
        "consultation" => format!(
            "<g transform=\"rotate(-45 {cx} {cy})\"><path d=\"M{} {cy}L{} {}H{}V{}H{}Z\" fill=\"{fill}\" {edge}/><path d=\"M{} {}V{}\" stroke=\"#ffffff\" stroke-width=\"2\"/></g>",
            cx - r * 1.3,
            cx - r * 0.45,
            cy - r * 0.6,
            cx + r * 1.3,
            cy + r * 0.6,
            cx - r * 0.45,
            cx - r * 0.2,
            cy - r * 0.6,
            cy + r * 0.6
        ),
        _ => format!("<circle cx=\"{cx}\" cy=\"{cy}\" r=\"{r}\" fill=\"{fill}\" {edge}/>"),
    }
}
