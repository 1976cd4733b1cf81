title = Hello, Leptos
# Variables:
#   $count (Number) - clicks so far
clicked = { $count ->
    [one] Clicked { $count } time
   *[other] Clicked { $count } times
}
click = Click me
# Variables:
#   $day (String) - today's date
today = Today is { $day }.
