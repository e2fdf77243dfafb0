"""`indicheck serve`: the local web app (Starlette on uvicorn, the optional extra indicheck[web])."""
