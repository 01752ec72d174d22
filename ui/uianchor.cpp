// ui anchor
