### English. The source every other language is checked against.
### Dates: each language's order and punctuation, and its names of days and months.

# Variables:
#   $weekday (String) - the day's short name
#   $day (Number) - the day of the month
#   $month (String) - the month's short name
date-long = { $weekday } { $day } { $month }
# Variables:
#   $day (Number) - the day of the month
#   $month (String) - the month's short name
date-short = { $day } { $month }
# Variables:
#   $weekday (String) - the day's name
#   $day (Number) - the day of the month
#   $month (String) - the month's name
#   $year (Number) - the year
date-full = { $weekday } { $day } { $month } { $year }
# Variables:
#   $weekday (String) - the day's name
date-weekday = { $weekday }

## Monday is 1.
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

