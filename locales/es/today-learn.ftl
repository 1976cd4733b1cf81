### Español: el título de la primera lección (las lecciones están en course.ftl), aquí porque Hoy
### la ofrece en la primera visita: este archivo llega con la primera pantalla. 40 caracteres como máximo.

course-pain-common-title = No eres la única persona con este dolor
