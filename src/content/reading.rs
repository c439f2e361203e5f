//! Pure logic of reading the poem: the two reading orders, stepping through
//! a reading line by line, and the `order` query parameter.

/// Which way the poem is read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Order {
    /// Top to bottom, as printed: despair.
    #[default]
    Original,
    /// Bottom to top, line by line: hope.
    Reverse,
}

impl Order {
    /// Reads `?order=`; anything but `reverse` (absent, empty, unknown) is
    /// the original order, so a bad link still shows the poem.
    pub fn from_query(value: Option<&str>) -> Order {
        match value.map(str::trim) {
            Some(v) if v.eq_ignore_ascii_case("reverse") => Order::Reverse,
            _ => Order::Original,
        }
    }

    /// The query value, `None` for the default order (a clean URL).
    /// The order a query string asks for (`order=reverse`); the first
    /// `order` counts, and anything else is the original order.
    pub fn from_search(search: &str) -> Order {
        let pairs = super::query::pairs(search);
        Order::from_query(
            pairs
                .iter()
                .find(|(k, _)| k == "order")
                .map(|(_, v)| v.as_str()),
        )
    }

    pub fn to_query(self) -> Option<&'static str> {
        match self {
            Order::Original => None,
            Order::Reverse => Some("reverse"),
        }
    }

    pub fn flipped(self) -> Order {
        match self {
            Order::Original => Order::Reverse,
            Order::Reverse => Order::Original,
        }
    }

    /// Line indices (0-based, in the source's numbering) in reading order.
    pub fn lines(self, count: usize) -> Vec<usize> {
        match self {
            Order::Original => (0..count).collect(),
            Order::Reverse => (0..count).rev().collect(),
        }
    }

    /// Where line `line` stands in this reading (0 = read first).
    pub fn position(self, count: usize, line: usize) -> usize {
        match self {
            Order::Original => line,
            Order::Reverse => count.saturating_sub(1).saturating_sub(line),
        }
    }

    /// The line at `position` in this reading.
    pub fn line_at(self, count: usize, position: usize) -> usize {
        // The mapping is its own inverse.
        self.position(count, position)
    }
}

/// The line `delta` steps from `current` in this reading, stopping at the
/// ends; with no current line the first line of the reading.
pub fn step(order: Order, count: usize, current: Option<usize>, delta: isize) -> Option<usize> {
    if count == 0 {
        return None;
    }
    let Some(current) = current.filter(|c| *c < count) else {
        return Some(order.line_at(count, 0));
    };
    let position = order.position(count, current) as isize + delta;
    let position = position.clamp(0, count as isize - 1) as usize;
    Some(order.line_at(count, position))
}

/// Whether `line` is the last line of this reading (auto-play stops there).
pub fn is_last(order: Order, count: usize, line: usize) -> bool {
    count > 0 && order.position(count, line) == count - 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reverse_reads_twelve_to_one() {
        assert_eq!(Order::Original.lines(12), (0..12).collect::<Vec<_>>());
        assert_eq!(
            Order::Reverse.lines(12),
            [11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
        );
        assert!(Order::Reverse.lines(0).is_empty());
    }

    #[test]
    fn position_and_line_at_agree() {
        for order in [Order::Original, Order::Reverse] {
            for (position, line) in order.lines(12).into_iter().enumerate() {
                assert_eq!(order.position(12, line), position);
                assert_eq!(order.line_at(12, position), line);
            }
        }
    }

    #[test]
    fn the_order_is_read_from_a_whole_query_string() {
        assert_eq!(Order::from_search("?order=reverse"), Order::Reverse);
        assert_eq!(
            Order::from_search("q=a&order=reverse&order=x"),
            Order::Reverse
        );
        assert_eq!(Order::from_search("order=x&order=reverse"), Order::Original);
        assert_eq!(Order::from_search(""), Order::Original);
        assert_eq!(Order::from_search("reorder=reverse"), Order::Original);
    }

    #[test]
    fn query_parsing_ignores_bad_values() {
        assert_eq!(Order::from_query(Some("reverse")), Order::Reverse);
        assert_eq!(Order::from_query(Some(" Reverse ")), Order::Reverse);
        for bad in [
            None,
            Some(""),
            Some("backwards"),
            Some("reverse,reverse"),
            Some("%00"),
            Some("逆"),
        ] {
            assert_eq!(Order::from_query(bad), Order::Original, "{bad:?}");
        }
        for order in [Order::Original, Order::Reverse] {
            assert_eq!(Order::from_query(order.to_query()), order);
            assert_eq!(order.flipped().flipped(), order);
        }
    }

    #[test]
    fn stepping_follows_the_reading_and_stops_at_the_ends() {
        assert_eq!(step(Order::Original, 12, None, 1), Some(0));
        assert_eq!(step(Order::Reverse, 12, None, 1), Some(11));
        assert_eq!(step(Order::Original, 12, Some(0), 1), Some(1));
        assert_eq!(step(Order::Reverse, 12, Some(11), 1), Some(10));
        assert_eq!(
            step(Order::Reverse, 12, Some(0), 1),
            Some(0),
            "stops at the end"
        );
        assert_eq!(
            step(Order::Original, 12, Some(0), -1),
            Some(0),
            "stops at the start"
        );
        assert_eq!(
            step(Order::Original, 12, Some(99), 1),
            Some(0),
            "out of range restarts"
        );
        assert_eq!(step(Order::Original, 0, Some(0), 1), None);
        assert!(is_last(Order::Reverse, 12, 0));
        assert!(is_last(Order::Original, 12, 11));
        assert!(!is_last(Order::Original, 12, 0));
    }
}
