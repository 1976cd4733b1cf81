title = Bonjour, Leptos
# Variables:
#   $count (Number) - clicks so far
clicked = { $count ->
    [one] { $count } clic
    [many] { $count } de clics
   *[other] { $count } clics
}
click = Cliquez
# Variables:
#   $day (String) - today's date
today = Nous sommes le { $day }.
