"""`studycards serve`: make, review and take decks and quizzes in a local web page.

command.py  the click command (light: the web framework is imported only when it runs)
server.py   binds the address, runs werkzeug's server, stops on Ctrl-C
app.py      the Flask routes; guard.py who may call them; jobs.py uploads studied in the background
views.py    the cards as the page groups them; downloads.py the budget and the files made of the ticked notes
"""
