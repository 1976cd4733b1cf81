title = Hola, Leptos
# Variables:
#   $count (Number) - clicks so far
clicked = { $count ->
    [one] { $count } clic
    [many] { $count } de clics
   *[other] { $count } clics
}
click = Haz clic
# Variables:
#   $day (String) - today's date
today = Hoy es { $day }.
