title = Hallo, Leptos
# Variables:
#   $count (Number) - clicks so far
clicked = { $count ->
    [one] { $count }-mal geklickt
   *[other] { $count }-mal geklickt
}
click = Klick mich
# Variables:
#   $day (String) - today's date
today = Heute ist { $day }.
