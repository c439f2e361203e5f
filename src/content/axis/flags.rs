//! Labels above the time axis, each on a stem down to its place: the
//! milestones (a leader to the mark) and the fiscal year's start (its dashed
//! rule). Each goes in a row and on a side of its stem so that no label
//! covers another and no stem crosses a label, at the narrowest width drawn.
//!
//! Positions are fractions of the axis and widths are ems, so a layout that
//! holds on the narrowest axis holds on every wider one: each condition is
//! "a distance along the axis is at least some ems", and distances grow with
//! the axis while the text keeps its size (or grows less: 12 px text on a
//! phone, 14 px from 48rem, where the axis is over twice as long).

/// The narrowest axis drawn, in ems of its labels: a 320 px screen less the
/// page's and the axis frame's padding (2 × 16 + 2 × 8 px) at 12 px text.
pub const NARROWEST_EM: f64 = 272.0 / 12.0;
/// Room kept between two labels in a row, and between a stem and a label.
const GAP_EM: f64 = 0.5;
const CLEAR_EM: f64 = 0.25;
/// Orders are tried exhaustively up to this many labels, in date order beyond.
const SEARCHED: usize = 6;

/// Which way a label's text runs from its stem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// To the right (`text-anchor="start"`).
    Right,
    /// To the left, ending at the stem (`text-anchor="end"`).
    Left,
}

/// A label to place: where its stem stands (a fraction of the axis) and
/// how wide its text is, in ems.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Flag {
    pub at: f64,
    pub width: f64,
}

/// Where a label went: its row (0 nearest the marks) and side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placed {
    pub row: usize,
    pub side: Side,
}

/// A generous estimate of the width of `text` in ems, for bold text in the
/// fonts the site names (CJK and symbols full width, Latin by class of
/// letter): an overestimate costs a row, an underestimate an overlap.
pub fn text_em(text: &str) -> f64 {
    text.chars()
        .map(|c| match c {
            ' ' => 0.35,
            '(' | ')' | '.' | ',' | '\'' | 'i' | 'l' | 'j' | 'I' => 0.4,
            'A'..='Z' | 'm' | 'w' => 0.85,
            c if c.is_ascii() => 0.66,
            _ => 1.0,
        })
        .sum()
}

/// Rows and sides for `flags` on an axis `length` ems long: the fewest rows
/// in which every label fits, found by trying each order and each side that
/// keeps the label on the axis (a handful of labels); if none fits, the one
/// with the fewest clashes.
pub fn place(flags: &[Flag], length: f64) -> Vec<Placed> {
    let n = flags.len();
    let mut order: Vec<usize> = (0..n).collect();
    let mut best: Option<(usize, usize, Vec<Placed>)> = None;
    let sides = if n <= SEARCHED { 1usize << n } else { 1 };
    let mut consider = |order: &[usize]| {
        for mask in 0..sides {
            let side = |i: usize| {
                let right_fits = flags[i].at * length + flags[i].width <= length;
                let left_fits = flags[i].at * length >= flags[i].width;
                match (mask >> i & 1 == 1, right_fits, left_fits) {
                    (_, true, false) => Some(Side::Right),
                    (_, false, true) => Some(Side::Left),
                    (false, _, _) => Some(Side::Right),
                    (true, false, false) => None,
                    (true, true, true) => Some(Side::Left),
                }
            };
            if (0..n).any(|i| side(i).is_none()) {
                continue;
            }
            let placed = greedy(flags, length, order, |i| side(i).unwrap_or(Side::Right));
            let rows = placed.iter().map(|p| p.0.row + 1).max().unwrap_or(0);
            let clashes = placed.iter().filter(|p| !p.1).count();
            if best.as_ref().is_none_or(|b| (clashes, rows) < (b.0, b.1)) {
                best = Some((clashes, rows, placed.into_iter().map(|p| p.0).collect()));
            }
        }
    };
    if n <= SEARCHED {
        permute(&mut order, 0, &mut consider);
    } else {
        consider(&order);
    }
    best.map(|b| b.2).unwrap_or_default()
}

/// Calls `f` with every ordering of `items[k..]` after `items[..k]`.
fn permute(items: &mut Vec<usize>, k: usize, f: &mut impl FnMut(&[usize])) {
    if k + 1 >= items.len() {
        f(items);
        return;
    }
    for i in k..items.len() {
        items.swap(k, i);
        permute(items, k + 1, f);
        items.swap(k, i);
    }
}

/// The text's extent along the axis, in ems from its start.
fn extent(flag: Flag, side: Side, length: f64) -> (f64, f64) {
    let x = flag.at * length;
    match side {
        Side::Right => (x, x + flag.width),
        Side::Left => (x - flag.width, x),
    }
}

/// Places the flags in `order`, each in the lowest row where it fits; a
/// flag that fits nowhere goes on a new top row, marked as a clash.
fn greedy(
    flags: &[Flag],
    length: f64,
    order: &[usize],
    side: impl Fn(usize) -> Side,
) -> Vec<(Placed, bool)> {
    let mut out = vec![
        (
            Placed {
                row: 0,
                side: Side::Right
            },
            true
        );
        flags.len()
    ];
    let mut done: Vec<usize> = Vec::new();
    for &i in order {
        let s = side(i);
        let (from, to) = extent(flags[i], s, length);
        let x = flags[i].at * length;
        let fits = |row: usize| {
            done.iter().all(|&j| {
                let p = out[j].0;
                let (a, b) = extent(flags[j], p.side, length);
                let y = flags[j].at * length;
                match p.row.cmp(&row) {
                    std::cmp::Ordering::Equal => to + GAP_EM <= a || b + GAP_EM <= from,
                    // Its stem passes this row; this one's stem passes its row.
                    std::cmp::Ordering::Greater => y + CLEAR_EM <= from || y >= to + CLEAR_EM,
                    std::cmp::Ordering::Less => x + CLEAR_EM <= a || x >= b + CLEAR_EM,
                }
            })
        };
        let top = done.iter().map(|&j| out[j].0.row + 1).max().unwrap_or(0);
        let (row, ok) = match (0..=top).find(|&r| fits(r)) {
            Some(r) => (r, true),
            None => (top, false),
        };
        out[i] = (Placed { row, side: s }, ok);
        done.push(i);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No two labels in a row overlap and no stem crosses a label, on an
    /// axis `length` ems long.
    fn clear(flags: &[Flag], placed: &[Placed], length: f64) -> bool {
        (0..flags.len()).all(|i| {
            let (a, b) = extent(flags[i], placed[i].side, length);
            let on_axis = a >= -1e-9 && b <= length + 1e-9;
            on_axis
                && (0..flags.len()).filter(|&j| j != i).all(|j| {
                    let (c, d) = extent(flags[j], placed[j].side, length);
                    let y = flags[j].at * length;
                    if placed[j].row == placed[i].row {
                        b <= c || d <= a
                    } else if placed[j].row > placed[i].row {
                        y <= a || y >= b
                    } else {
                        true
                    }
                })
        })
    }

    #[test]
    fn widths_are_generous_for_latin_and_full_for_cjk() {
        assert_eq!(text_em("★素案決定"), 5.0);
        // Measured in the browser at 12 px bold: 9.5 em and 12.5 em.
        assert!((9.5..11.0).contains(&text_em("★Draft approved")));
        assert!((12.5..14.0).contains(&text_em("★Final draft approved")));
    }

    #[test]
    fn two_labels_a_week_apart_at_the_right_end_stack_and_end_at_their_stems() {
        // 原案決定 and プラン決定 (22 and 29 February 2024), and 素案決定.
        let flags = [
            Flag {
                at: 0.55,
                width: 5.0,
            },
            Flag {
                at: 0.975,
                width: 5.0,
            },
            Flag {
                at: 0.995,
                width: 6.0,
            },
        ];
        let placed = place(&flags, NARROWEST_EM);
        assert!(clear(&flags, &placed, NARROWEST_EM), "{placed:?}");
        assert_eq!(placed[1].side, Side::Left);
        assert_eq!(placed[2].side, Side::Left);
        // The later one's stem passes right of the earlier one's text: it is above.
        assert!(placed[2].row > placed[1].row);
        assert_eq!(placed.iter().map(|p| p.row).max(), Some(1), "two rows");
    }

    #[test]
    fn a_layout_that_fits_the_narrowest_axis_fits_any_wider_one() {
        // The fiscal year's rule at 1 April and the English milestones.
        let flags = [
            Flag {
                at: 0.085,
                width: text_em("FY2023 (Reiwa 5)"),
            },
            Flag {
                at: 0.55,
                width: text_em("★Draft approved"),
            },
            Flag {
                at: 0.975,
                width: text_em("★Final draft approved"),
            },
            Flag {
                at: 0.995,
                width: text_em("★Plan adopted"),
            },
        ];
        let placed = place(&flags, NARROWEST_EM);
        assert!(placed.iter().all(|p| p.row < 3), "{placed:?}");
        for length in [NARROWEST_EM, 30.0, 60.0, 100.0] {
            assert!(clear(&flags, &placed, length), "{length}: {placed:?}");
        }
    }

    #[test]
    fn labels_far_apart_share_a_row_and_none_gives_none() {
        let flags = [
            Flag {
                at: 0.1,
                width: 4.0,
            },
            Flag {
                at: 0.6,
                width: 4.0,
            },
        ];
        let placed = place(&flags, NARROWEST_EM);
        assert_eq!(placed.iter().map(|p| p.row).collect::<Vec<_>>(), [0, 0]);
        assert!(place(&[], NARROWEST_EM).is_empty());
    }

    #[test]
    fn too_many_labels_still_get_a_row_each_at_worst() {
        let flags: Vec<Flag> = (0..8)
            .map(|i| Flag {
                at: 0.5 + i as f64 * 0.001,
                width: 6.0,
            })
            .collect();
        let placed = place(&flags, NARROWEST_EM);
        assert_eq!(placed.len(), 8);
        assert!(placed.iter().all(|p| p.row < 8));
    }
}
